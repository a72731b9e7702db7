import { Alert, Button, Code, Stack, Text, Title } from '@mantine/core';
import type { MethodOutput } from '../../../../shared/api/contract.ts';
import { recoveryTexts as t } from './texts.ts';

export type Restored = MethodOutput<'recovery.restore'>;

/** After a restore: which backup, and where the file that did not open was kept. */
export function RestoredNotice({ result, onContinue }: { result: Restored; onContinue: () => void }) {
  return (
    <Stack>
      <Title order={3}>{t.restoredTitle}</Title>
      <Alert color="green">{t.restoredBody(result.restored)}</Alert>
      {result.movedAside.length > 0 && (
        <Stack gap={4}>
          <Text size="sm">{t.movedAside}</Text>
          {result.movedAside.map((f) => (
            <Code key={f} style={{ wordBreak: 'break-all' }}>
              {f}
            </Code>
          ))}
        </Stack>
      )}
      {result.safetyBackup && (
        <Text size="sm">
          {t.safetyBackup}
          <Code>{result.safetyBackup}</Code>
        </Text>
      )}
      <Button onClick={onContinue} data-autofocus>
        {t.continue}
      </Button>
    </Stack>
  );
}
