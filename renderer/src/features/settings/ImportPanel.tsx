import { Alert, Button, FileButton, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import type { MethodOutput } from '../../../../shared/api/contract.ts';
import { ApiError, errorMessage, type ApiIssue } from '../../api/api-error.ts';
import { importDocument } from './import-document.ts';
import { ImportIssues } from './ImportIssues.tsx';
import { settingsTexts } from './texts.ts';

const t = settingsTexts.import;

type Outcome =
  | { kind: 'done'; result: MethodOutput<'exchange.import'> }
  | { kind: 'rejected'; message: string; issues: ApiIssue[] };

/** Pick an exchange JSON file and import it; a rejection lists every error with its path. */
export function ImportPanel() {
  const [running, setRunning] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const run = async (file: File | null) => {
    if (!file) return;
    setOutcome(null);
    setRunning(file.name);
    try {
      let document: unknown;
      try {
        document = JSON.parse(await file.text());
      } catch (error) {
        setOutcome({ kind: 'rejected', message: t.notJson(file.name, errorMessage(error)), issues: [] });
        return;
      }
      setOutcome({ kind: 'done', result: await importDocument(document) });
    } catch (error) {
      setOutcome({ kind: 'rejected', message: errorMessage(error), issues: error instanceof ApiError ? error.issues : [] });
    } finally {
      setRunning(null);
    }
  };

  const parts = (r: MethodOutput<'exchange.import'>) =>
    (Object.keys(settingsTexts.kinds) as (keyof typeof settingsTexts.kinds)[])
      .map((k) => `${settingsTexts.kinds[k]} ${r.imported[k]}`)
      .join('，');

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t.hint}
      </Text>
      <FileButton onChange={run} accept="application/json,.json">
        {(props) => (
          <Button {...props} leftSection={<IconFileImport size={18} />} loading={running !== null} w="fit-content">
            {t.choose}
          </Button>
        )}
      </FileButton>
      {running && <Text size="sm">{t.running(running)}</Text>}
      {outcome?.kind === 'done' && (
        <Alert color="teal" icon={<IconCircleCheck />} title={t.done} data-testid="import-result">
          {t.summary(parts(outcome.result))}
          {outcome.result.warnings.length > 0 && (
            <Stack mt="sm" gap="xs">
              <Text size="sm">{t.warnings(outcome.result.warnings.length)}</Text>
              <ImportIssues issues={outcome.result.warnings} />
            </Stack>
          )}
        </Alert>
      )}
      {outcome?.kind === 'rejected' && (
        <Alert color="red" icon={<IconAlertTriangle />} title={t.rejected} data-testid="import-result">
          <Text size="sm" mb={outcome.issues.length > 0 ? 'sm' : 0}>
            {outcome.issues.length > 0 ? t.errorCount(outcome.issues.length) : outcome.message}
          </Text>
          {outcome.issues.length > 0 && <ImportIssues issues={outcome.issues} />}
        </Alert>
      )}
    </Stack>
  );
}
