import { Center, Loader, Paper, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { api } from '../../api/client.ts';
import { errorMessage } from '../../api/api-error.ts';
import { RecoveryScreen, type RecoveryStatus } from './RecoveryScreen.tsx';
import { RestoredNotice, type Restored } from './RestoredNotice.tsx';
import { recoveryTexts as t } from './texts.ts';

type State =
  | { kind: 'checking' }
  | { kind: 'normal' }
  | { kind: 'recovery'; status: RecoveryStatus; notice?: string | undefined }
  | { kind: 'restored'; result: Restored }
  | { kind: 'quit' };

/**
 * Before anything else, asks whether the store opened. If it did not, the backend serves recovery mode
 * and this shows the recovery screen instead of the app; once a backup is restored the app opens.
 */
export function RecoveryGate({ children }: { children: ReactNode }) {
  const [state, setState] = useState<State>({ kind: 'checking' });

  const check = useCallback(async (notice?: string) => {
    const status = await api.call('recovery.status', {});
    setState(status.mode === 'normal' ? { kind: 'normal' } : { kind: 'recovery', status, notice });
  }, []);

  useEffect(() => {
    // A failure here (no backend at all) leaves the sign-in screen to say so.
    check().catch(() => setState({ kind: 'normal' }));
  }, [check]);

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
