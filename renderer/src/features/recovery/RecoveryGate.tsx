import { Center, Loader, Paper, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { MethodOutput } from '../../../../shared/api/contract.ts';
import { api } from '../../api/client.ts';
import { errorMessage } from '../../api/api-error.ts';
import { RecoveryScreen, type RecoveryStatus } from './RecoveryScreen.tsx';
import { RestoredNotice, type Restored } from './RestoredNotice.tsx';
import { recoveryTexts as t } from './texts.ts';

type Normal = Extract<MethodOutput<'recovery.status'>, { mode: 'normal' }>;

type State =
  | { kind: 'checking' }
  | { kind: 'normal'; integrity?: Normal['integrity'] }
  | { kind: 'recovery'; status: RecoveryStatus; notice?: string | undefined }
  | { kind: 'restored'; result: Restored }
  | { kind: 'quit' };

/** How often to ask again while the store's integrity check (run after open) has not answered. */
const RECHECK_MS = 2000;

/**
 * Before anything else, asks whether the store opened. If it did not, the backend serves recovery mode
 * and this shows the recovery screen instead of the app; once a backup is restored the app opens. A store
 * that opened can still be found damaged by its integrity check: this asks again until the check has
 * answered, and at once when a call is refused because the store is damaged.
 */
export function RecoveryGate({ children }: { children: ReactNode }) {
  const [state, setState] = useState<State>({ kind: 'checking' });

  const check = useCallback(async (notice?: string) => {
    const status = await api.call('recovery.status', {});
    setState((s) =>
      status.mode === 'recovery'
        ? { kind: 'recovery', status, notice }
        : s.kind === 'normal' && s.integrity === status.integrity
          ? s
          : { kind: 'normal', integrity: status.integrity },
    );
  }, []);

  useEffect(() => {
    // A failure here (no backend at all) leaves the sign-in screen to say so.
    check().catch(() => setState({ kind: 'normal' }));
  }, [check]);

  const watching = state.kind === 'normal' && state.integrity === 'checking';
  useEffect(() => {
    if (!watching) return;
    const timer = setInterval(() => void check().catch(() => undefined), RECHECK_MS);
    return () => clearInterval(timer);
  }, [watching, check]);
  useEffect(() => api.onStoreDamaged(() => void check().catch(() => undefined)), [check]);

  const restore = useCallback(async (name: string) => {
    const result = await api.call('recovery.restore', { name });
    setState({ kind: 'restored', result });
  }, []);
  const retry = useCallback(async () => {
    const { opened } = await api.call('recovery.retry', {});
    await check(opened ? undefined : t.retryFailed);
  }, [check]);
  const openOther = useCallback(async () => {
    const { opened, storePath } = await api.call('recovery.openOther', {});
    if (storePath) await check(opened ? undefined : t.openOtherFailed);
  }, [check]);
  const quit = useCallback(async () => {
    await api.call('recovery.quit', {});
    setState({ kind: 'quit' });
  }, []);

  if (state.kind === 'normal') return children;
  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Paper withBorder shadow="sm" p="xl" w={760} maw="100%">
        {state.kind === 'checking' && (
          <Stack align="center">
            <Loader aria-label={t.checking} />
            <Text c="dimmed">{t.checking}</Text>
          </Stack>
        )}
        {state.kind === 'recovery' && (
          <RecoveryScreen
            status={state.status}
            notice={state.notice}
            actions={{ restore, retry, openOther, quit }}
            onError={(error) => setState((s) => (s.kind === 'recovery' ? { ...s, notice: errorMessage(error) } : s))}
          />
        )}
        {state.kind === 'restored' && <RestoredNotice result={state.result} onContinue={() => setState({ kind: 'normal' })} />}
        {state.kind === 'quit' && <Text>{t.quitDone}</Text>}
      </Paper>
    </Center>
  );
}
