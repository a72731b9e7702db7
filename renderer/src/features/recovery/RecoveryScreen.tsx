import { Alert, Button, Code, Group, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { desktopBridge } from '../../../../shared/api/bridge.ts';
import type { MethodOutput } from '../../../../shared/api/contract.ts';
import { FieldList } from '../../components/FieldList.tsx';
import { BackupChoice } from './BackupChoice.tsx';
import { recoveryTexts as t } from './texts.ts';

export type RecoveryStatus = Extract<MethodOutput<'recovery.status'>, { mode: 'recovery' }>;

export interface RecoveryActions {
  restore(name: string): Promise<void>;
  retry(): Promise<void>;
  openOther(): Promise<void>;
  quit(): Promise<void>;
}

/** What was found about the store that did not open, and what the user can do about it. */
export function RecoveryScreen({
  status,
  notice,
  actions,
  onError,
}: {
  status: RecoveryStatus;
  notice?: string | undefined;
  actions: RecoveryActions;
  onError: (error: unknown) => void;
}) {
  const [busy, setBusy] = useState<string | null>(null);
  const run = (what: string, action: () => Promise<void>) => {
    setBusy(what);
    action()
      .catch(onError)
      .finally(() => setBusy(null));
  };
  const refused = t.restoreNotOffered[status.kind];
  return (
    <Stack>
      <Title order={2}>{t.titles[status.kind]}</Title>
      {notice && <Alert color="yellow">{notice}</Alert>}
      <Alert color="red">{t.explanations[status.kind]}</Alert>
      <FieldList
        items={[
          {
            label: t.file,
            value: (
              <Code data-testid="recovery-file" style={{ wordBreak: 'break-all' }}>
                {status.storePath}
              </Code>
            ),
          },
          {
            label: t.found,
            value: (
              <ScrollArea.Autosize mah={120}>
                <Code block>{status.detail}</Code>
              </ScrollArea.Autosize>
            ),
          },
        ]}
      />
      <Text size="sm" fw={500}>
        {t.nothingDeleted}
        {status.canRestore && t.keptOnRestore}
      </Text>
      <Title order={4}>{t.backupsTitle}</Title>
      {refused ? (
        <Alert color="gray">{refused}</Alert>
      ) : (
        <BackupChoice status={status} busy={busy !== null} onRestore={(name) => run('restore', () => actions.restore(name))} />
      )}
      <Group>
        <Button variant="default" loading={busy === 'retry'} disabled={busy !== null} onClick={() => run('retry', actions.retry)}>
          {t.retry}
        </Button>
        {desktopBridge() && (
          <Button variant="default" loading={busy === 'openOther'} disabled={busy !== null} onClick={() => run('openOther', actions.openOther)}>
            {t.openOther}
          </Button>
        )}
        <Button variant="subtle" color="gray" disabled={busy !== null} onClick={() => run('quit', actions.quit)}>
          {t.quit}
        </Button>
      </Group>
    </Stack>
  );
}
