import { Center, Loader, Paper, Stack, Title } from '@mantine/core';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { api } from '../../api/client.ts';
import { LoginForm } from './LoginForm.tsx';
import { SessionContext, type SignedIn, type SessionUser } from './session.ts';
import { SetupForm } from './SetupForm.tsx';
import { authTexts } from './texts.ts';
import { useIdleLock } from './use-idle-lock.ts';

type State =
  | { kind: 'loading' }
  | { kind: 'setup' }
  | { kind: 'login'; hint?: string; username?: string }
  | { kind: 'in'; user: SessionUser; idleMinutes: number };

/**
 * Shows the app only to a signed-in user: first run creates the administrator, otherwise the login
 * form. Idle time locks (signs out), and any call refused for an expired session brings the login back.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    void api.call('auth.status', {}).then((s) =>
      setState(s.user ? { kind: 'in', user: s.user, idleMinutes: s.idleMinutes } : s.hasUsers ? { kind: 'login' } : { kind: 'setup' }),
    );
    const offWrite = api.onWrite((method) => {
      // a new lock time applies to this window at once, as it does to the backend's sessions
      if (method === 'auth.updateSettings')
        void api.call('auth.settings', {}).then(({ idleMinutes }) => setState((s) => (s.kind === 'in' ? { ...s, idleMinutes } : s)));
    });
    const offExpired = api.onUnauthenticated(() =>
      setState((s) => (s.kind === 'in' ? { kind: 'login', hint: authTexts.expiredHint, username: s.user.username } : s)),
    );
    return () => {
      offWrite();
      offExpired();
    };
  }, []);

  const signedIn = useCallback((s: SignedIn) => setState({ kind: 'in', user: s.user, idleMinutes: s.idleMinutes }), []);
  const signOut = useCallback((hint?: string) => {
    setState((s) => (s.kind === 'in' ? { kind: 'login', hint, username: s.user.username } : s));
    void api.call('auth.logout', {});
  }, []);
  const lock = useCallback(() => signOut(state.kind === 'in' ? authTexts.lockedHint(state.user.displayName) : undefined), [signOut, state]);
  useIdleLock(state.kind === 'in' ? state.idleMinutes : null, lock);

  if (state.kind === 'in')
    return <SessionContext.Provider value={{ user: state.user, signOut: () => signOut() }}>{children}</SessionContext.Provider>;
  return (
    <Center mih="100vh" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" w={420}>
        <Stack>
          <Title order={2}>{authTexts.appName}</Title>
          <Title order={4}>{state.kind === 'setup' ? authTexts.setupTitle : authTexts.loginTitle}</Title>
          {state.kind === 'loading' && <Loader aria-label={authTexts.loading} />}
          {state.kind === 'setup' && <SetupForm onSignedIn={signedIn} />}
          {state.kind === 'login' && <LoginForm hint={state.hint} username={state.username} onSignedIn={signedIn} />}
        </Stack>
      </Paper>
    </Center>
  );
}
