import { Badge, Card, Group, Select, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { Finding, QualityCheckId, Severity } from '../../../../shared/domain/quality/types.ts';
import { useQuery } from '../../api/use-query.ts';
import { Loading } from '../../components/Loading.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { VirtualTable, type Column } from '../../components/VirtualTable.tsx';
import { CountingRulesButton } from './CountingRulesButton.tsx';
import { FindingLinks } from './FindingLinks.tsx';
import { SemesterSelect } from './SemesterSelect.tsx';
import { indicatorTexts as t, SEVERITY_COLORS, SEVERITY_LABELS } from './texts.ts';
import { useSemester } from './use-semester.ts';

const c = t.quality.columns;

/** 数据质量: every check of the semester, what it found, and links to the records to fix. */
export function QualityPage() {
  const { semesters, semester, choose, error, loading } = useSemester();
  const [severity, setSeverity] = useState<Severity | null>(null);
  const [check, setCheck] = useState<QualityCheckId | null>(null);
  const q = useQuery('quality.check', { semester: semester?.id ?? '' }, { enabled: semester !== undefined });
  const failure = error ?? q.error;
  const labels = new Map((q.data?.checks ?? []).map((k) => [k.id, k.label]));
  const columns: Column<Finding>[] = [
    { key: 'severity', header: c.severity, width: '72px', render: (f) => <Badge color={SEVERITY_COLORS[f.severity]} variant="light">{SEVERITY_LABELS[f.severity]}</Badge> },
    { key: 'check', header: c.check, width: '200px', render: (f) => labels.get(f.check) ?? f.check },
    { key: 'message', header: c.message, width: 'minmax(0, 3fr)', render: (f) => <Text size="sm" truncate="end" title={f.message}>{f.message}</Text> },
    { key: 'record', header: c.record, width: 'minmax(0, 2fr)', render: (f) => <FindingLinks finding={f} /> },
  ];
  const rows = (q.data?.findings ?? []).filter((f) => (!severity || f.severity === severity) && (!check || f.check === check));
  return (
    <>
      <PageHeader
        title={t.quality.title}
        description={t.quality.description}
        actions={
          <>
            <SemesterSelect semesters={semesters} value={semester?.id} onChange={choose} />
            <CountingRulesButton />
          </>
        }
      />
      {failure ? (
        <QueryError error={failure} onRetry={q.refetch} />
      ) : loading || !q.data ? (
        <Loading />
      ) : (
        <>
          <Card withBorder mb="md" padding="sm">
            <Group justify="space-between" mb={6}>
              <Text fw={600} size="sm">{t.quality.checksRan}</Text>
              <Text size="sm" data-testid="quality-summary">{t.quality.summary(q.data.summary.error, q.data.summary.warning, q.data.summary.info)}</Text>
            </Group>
            <Table verticalSpacing={2} fz="sm">
              <Table.Tbody>
                {q.data.checks.map((k) => (
                  <Table.Tr key={k.id} style={{ cursor: 'pointer' }} onClick={() => setCheck(k.findings > 0 ? k.id : null)}>
                    <Table.Td>{k.label}</Table.Td>
                    <Table.Td ta="right" c={k.findings > 0 ? undefined : 'teal'}>{k.findings > 0 ? `${k.findings} 条` : t.quality.none}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Card>
          <Group mb="xs">
            <Select placeholder={t.quality.allSeverities} data={(['error', 'warning', 'info'] as const).map((s) => ({ value: s, label: SEVERITY_LABELS[s] }))} value={severity} onChange={(v) => setSeverity(v as Severity | null)} clearable w={140} aria-label={t.quality.severity} />
            <Select placeholder={t.quality.allChecks} data={q.data.checks.map((k) => ({ value: k.id, label: k.label }))} value={check} onChange={(v) => setCheck(v as QualityCheckId | null)} clearable w={240} aria-label={t.quality.check} />
          </Group>
          <VirtualTable rows={rows} columns={columns} label={t.quality.title} />
        </>
      )}
    </>
  );
}
