import { Alert, Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { IconDeviceFloppy, IconDownload, IconFolderOpen, IconX } from '@tabler/icons-react';
import { desktopShell } from '../../../../shared/api/desktop-shell.ts';
import { stageText } from '../../../../shared/reports/progress.ts';
import { formatBytes } from '../../components/format.ts';
import { reportTexts as t } from './texts.ts';
import type { ExportJob } from './use-export-job.ts';

interface Props {
  job: ExportJob;
  onCancel(): void;
  onSave(): void;
  onShowFolder(path: string): void;
  onDownload(): void;
  onClose(): void;
}

/** A report export: its stage and progress while it runs, then where the file went. */
export function ExportProgress({ job, onCancel, onSave, onShowFolder, onDownload, onClose }: Props) {
  const p = job.progress;
  const state = p?.state ?? 'running';
  const desktop = desktopShell() !== undefined;
  const title = p?.fileName || t.exporting(job.format.toUpperCase());
  return (
    <Paper withBorder p="md" data-testid="report-export" aria-live="polite">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={600} truncate>
            {title}
          </Text>
          {state === 'running' && !job.error ? (
            <Button size="xs" variant="default" color="red" leftSection={<IconX size={14} />} onClick={onCancel}>
              {t.cancel}
            </Button>
          ) : (
            <Button size="xs" variant="subtle" onClick={onClose}>
              {t.close}
            </Button>
          )}
        </Group>
        {state === 'running' && (
          <>
            <Progress
              value={p?.percent ?? 0}
              size="lg"
              striped
              animated
              aria-label={t.exporting(job.format.toUpperCase())}
              transitionDuration={200}
            />
            <Group justify="space-between">
              <Text size="sm">{p ? stageText(p.stage, p.done, p.total) : stageText('queued', 0, 0)}</Text>
              <Text size="sm" c="dimmed">
                {p?.percent ?? 0}%
              </Text>
            </Group>
          </>
        )}
        {state === 'done' && p && (
          <>
            <Progress value={100} size="lg" color="teal" aria-hidden />
            <Text size="sm">{t.generated(p.fileName, formatBytes(p.bytes ?? 0))}</Text>
            {desktop ? (
              <Group gap="sm">
                <Button size="sm" leftSection={<IconDeviceFloppy size={16} />} onClick={onSave}>
                  {t.saveTo}
                </Button>
                {job.savedPath && (
                  <Button size="sm" variant="default" leftSection={<IconFolderOpen size={16} />} onClick={() => onShowFolder(job.savedPath!)}>
                    {t.showInFolder}
                  </Button>
                )}
                <Text size="sm" c="dimmed">
                  {job.savedPath ? t.savedAt(job.savedPath) : t.notSavedYet}
                </Text>
              </Group>
            ) : (
              <Group gap="sm">
                <Text size="sm" c="dimmed">
                  {job.downloaded ? t.downloaded : ''}
                </Text>
                <Button size="xs" variant="default" leftSection={<IconDownload size={14} />} onClick={onDownload}>
                  {t.downloadAgain}
                </Button>
              </Group>
            )}
          </>
        )}
        {state === 'cancelled' && <Text size="sm">{t.exportCancelled}</Text>}
        {state === 'failed' && (
          <Alert color="red" title={t.exportFailed}>
            {p?.error}
          </Alert>
        )}
        {job.error && (
          <Alert color="red" title={t.exportFailed}>
            {job.error}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
