import { Alert, Button, Group, NumberInput, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconFileSpreadsheet, IconFileText, IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import type { ReportFormat, ReportRequest } from '../../../../shared/api/methods/reports.ts';
import type { ReportKind } from '../../../../shared/reports/model.ts';
import { useQuery } from '../../api/use-query.ts';
import { Loading } from '../../components/Loading.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { ExportProgress } from './ExportProgress.tsx';
import { ReportPreview } from './ReportPreview.tsx';
import { reportTexts as t } from './texts.ts';
import { useExportJob } from './use-export-job.ts';

const FORMATS: { format: ReportFormat; label: string; icon: typeof IconFileText }[] = [
  { format: 'xlsx', label: 'Excel', icon: IconFileSpreadsheet },
  { format: 'pdf', label: 'PDF', icon: IconFileTypePdf },
  { format: 'docx', label: 'Word', icon: IconFileText },
];

/** Pick a report and its period, preview it, export it with progress. */
export function ReportGenerator() {
  const semesters = useQuery('semesters.list', {});
  const [kind, setKind] = useState<ReportKind>('semester');
  const [semester, setSemester] = useState<string | null>(null);
  const [year, setYear] = useState<number>(new Date().getFullYear());
  const [asOf, setAsOf] = useState<string>(new Date().toISOString().slice(0, 10));
  const [shown, setShown] = useState<ReportRequest | null>(null);
  const exporter = useExportJob();

  const rows = semesters.data?.rows ?? [];
  const chosenSemester = semester ?? rows.at(-1)?.id ?? null;
  const request: ReportRequest | null =
    kind === 'renewal'
      ? { kind, year }
      : kind === 'compliance'
        ? /^\d{4}-\d{2}-\d{2}$/.test(asOf)
          ? { kind, asOf }
          : null
        : chosenSemester
          ? { kind, semester: chosenSemester }
          : null;
  const preview = useQuery('reports.html', shown ?? { kind: 'renewal', year }, { enabled: shown !== null });

  if (semesters.error) return <QueryError error={semesters.error} onRetry={semesters.refetch} />;
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t.hint}
      </Text>
      <SegmentedControl
        value={kind}
        onChange={(v) => setKind(v as ReportKind)}
        data={(Object.keys(t.kinds) as ReportKind[]).map((k) => ({ value: k, label: t.kinds[k] }))}
        w="fit-content"
      />
      <Group align="flex-end" gap="md">
        {(kind === 'semester' || kind === 'faculty') &&
          (rows.length === 0 && !semesters.loading ? (
            <Alert color="yellow">{t.noSemester}</Alert>
          ) : (
            <Select
              label={t.semester}
              placeholder={t.semesterPlaceholder}
              data={rows.map((s) => ({ value: s.id, label: s.name }))}
              value={chosenSemester}
              onChange={setSemester}
              allowDeselect={false}
              w={240}
            />
          ))}
        {kind === 'renewal' && <NumberInput label={t.year} value={year} onChange={(v) => typeof v === 'number' && setYear(v)} min={1949} max={2100} w={140} />}
        {kind === 'compliance' && <TextInput type="date" label={t.asOf} value={asOf} onChange={(e) => setAsOf(e.currentTarget.value)} w={180} />}
        <Button variant="light" disabled={!request} onClick={() => request && (setShown(request), preview.refetch())}>
          {shown && JSON.stringify(shown) === JSON.stringify(request) ? t.refresh : t.preview}
        </Button>
        {FORMATS.map(({ format, label, icon: Icon }) => (
          <Button
            key={format}
            variant="default"
            leftSection={<Icon size={18} />}
            disabled={!request || exporter.running}
            onClick={() => request && void exporter.start(request, format)}
          >
            {t.exportAs(label)}
          </Button>
        ))}
      </Group>
      {exporter.job && (
        <ExportProgress
          job={exporter.job}
          onCancel={() => void exporter.cancel()}
          onSave={() => void exporter.save()}
          onShowFolder={(path) => void exporter.showFolder(path)}
          onDownload={() => void exporter.download()}
          onClose={exporter.dismiss}
        />
      )}
      {shown && preview.error && <QueryError error={preview.error} onRetry={preview.refetch} />}
      {shown && preview.loading && <Loading />}
      {shown && preview.data && !preview.loading && <ReportPreview html={preview.data.html} />}
    </Stack>
  );
}
