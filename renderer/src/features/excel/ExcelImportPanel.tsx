import { Alert, Button, FileButton, Group, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconDownload, IconFileSpreadsheet, IconTableImport } from '@tabler/icons-react';
import { useState } from 'react';
import type { MethodOutput } from '../../../../shared/api/contract.ts';
import { api } from '../../api/client.ts';
import { downloadBase64, fileToBase64, XLSX_MIME } from '../../components/download.ts';
import { notifyError, notifySaved } from '../../components/notify.ts';
import { settingsTexts } from '../settings/texts.ts';
import { excelTexts as t } from './texts.ts';
import { XlsxProblems } from './XlsxProblems.tsx';
import { useCan } from '../auth/use-can.ts';

type Preview = MethodOutput<'xlsx.preview'>;
type Counts = Preview['counts'];

const countParts = (counts: Counts): string =>
  (Object.keys(settingsTexts.kinds) as (keyof Counts)[])
    .filter((k) => counts[k] > 0)
    .map((k) => `${settingsTexts.kinds[k]} ${counts[k]}`)
    .join('，') || '0 条';

/** Templates out; a workbook in, checked first (problems by sheet, row and column), imported on confirm. */
export function ExcelImportPanel() {
  const canImport = useCan('xlsx.import');
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const template = async (withData: boolean) => {
    setBusy(withData ? 'data' : 'template');
    try {
      const out = await api.call('xlsx.template', { withData });
      downloadBase64(out.fileName, out.base64, XLSX_MIME);
    } catch (error) {
      notifyError(t.checkFailed, error);
    } finally {
      setBusy(null);
    }
  };

  const pick = async (picked: File | null) => {
    if (!picked) return;
    setPreview(null);
    setDone(null);
    setBusy('check');
    try {
      const base64 = await fileToBase64(picked);
      setFile({ name: picked.name, base64 });
      setPreview(await api.call('xlsx.preview', { base64 }));
    } catch (error) {
      setFile(null);
      notifyError(t.checkFailed, error);
    } finally {
      setBusy(null);
    }
  };

  const annotate = async () => {
    if (!file) return;
    setBusy('annotate');
    try {
      const out = await api.call('xlsx.problemsWorkbook', { base64: file.base64, fileName: file.name });
      downloadBase64(out.fileName, out.base64, XLSX_MIME);
      notifySaved(t.annotatedDone(out.fileName));
    } catch (error) {
      notifyError(t.checkFailed, error);
    } finally {
      setBusy(null);
    }
  };

  const commit = async () => {
    if (!file) return;
    setBusy('import');
    try {
      const result = await api.call('xlsx.import', { base64: file.base64 });
      setDone(countParts(result.imported));
      setPreview(null);
      setFile(null);
    } catch (error) {
      notifyError(t.importFailed, error);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t.hint}
      </Text>
      <Group gap="sm">
        <Button variant="default" leftSection={<IconDownload size={18} />} loading={busy === 'template'} onClick={() => template(false)}>
          {t.template}
        </Button>
        <Button variant="default" leftSection={<IconFileSpreadsheet size={18} />} loading={busy === 'data'} onClick={() => template(true)}>
          {t.templateWithData}
        </Button>
      </Group>
      {canImport && (
        <FileButton onChange={pick} accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet">
          {(props) => (
            <Button {...props} leftSection={<IconTableImport size={18} />} loading={busy === 'check'} w="fit-content">
              {t.choose}
            </Button>
          )}
        </FileButton>
      )}
      {done && (
        <Alert color="teal" icon={<IconCircleCheck />} title={t.done(done)} data-testid="xlsx-result" />
      )}
      {preview && (
        <Alert
          color={preview.valid ? 'teal' : 'red'}
          icon={preview.valid ? <IconCircleCheck /> : <IconAlertTriangle />}
          title={preview.valid ? t.validTitle : t.invalidTitle(preview.problems.length)}
          data-testid="xlsx-preview"
        >
          <Stack gap="xs">
            <Text size="sm">
              {file?.name}：{t.counts(countParts(preview.counts))}
              {preview.institution ? `，${t.institution}` : ''}
            </Text>
            {(preview.examplesSkipped > 0 || preview.resolvedByName > 0 || preview.warnings.length > 0) && (
              <List size="sm">
                {preview.examplesSkipped > 0 && <List.Item>{t.examples(preview.examplesSkipped)}</List.Item>}
                {preview.resolvedByName > 0 && <List.Item>{t.byName(preview.resolvedByName)}</List.Item>}
                {preview.warnings.map((w) => (
                  <List.Item key={w}>{w}</List.Item>
                ))}
              </List>
            )}
            {preview.valid ? (
              <Button onClick={commit} loading={busy === 'import'} w="fit-content" color="teal">
                {t.confirm}
              </Button>
            ) : (
              <>
                <XlsxProblems problems={preview.problems} />
                <Button variant="white" color="red" leftSection={<IconDownload size={18} />} loading={busy === 'annotate'} onClick={annotate} w="fit-content">
                  {t.annotated}
                </Button>
              </>
            )}
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
