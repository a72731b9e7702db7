import { Paper, Table } from '@mantine/core';
import { IconChartBar } from '@tabler/icons-react';
import { useQuery } from '../../api/use-query.ts';
import { EmptyHint } from '../../components/EmptyHint.tsx';
import { formatHours, formatPercent } from '../../components/format.ts';
import { Loading } from '../../components/Loading.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { overviewTexts as t } from './texts.ts';

/** 教学指标: per semester, the hours the indicators are computed from and leading cadres' share. */
export function IndicatorsPage() {
  const summary = useQuery('semesters.summary', {});
  const leaders = useQuery('faculty.leaderStats', {});
  const error = summary.error ?? leaders.error;
  if (error) return <QueryError error={error} onRetry={() => (summary.refetch(), leaders.refetch())} />;
  if (!summary.data || !leaders.data) return <Loading />;
  const bySemester = new Map(leaders.data.map((l) => [l.semester, l]));
  return (
    <>
      <PageHeader title={t.indicators.title} description={t.indicators.description} />
      {summary.data.length === 0 ? (
        <EmptyHint icon={<IconChartBar />} title={t.emptyTitle} description={t.emptyDescription} />
      ) : (
        <Paper withBorder>
          <Table verticalSpacing="sm" aria-label={t.indicators.title}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t.columns.semester}</Table.Th>
                <Table.Th ta="right">{t.columns.hours}</Table.Th>
                <Table.Th ta="right">{t.columns.mainHours}</Table.Th>
                <Table.Th ta="right">{t.columns.leaderMainHours}</Table.Th>
                <Table.Th ta="right">{t.columns.leaderShare}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {summary.data.map((s) => {
                const l = bySemester.get(s.id);
                return (
                  <Table.Tr key={s.id}>
                    <Table.Td>{s.name}</Table.Td>
                    <Table.Td ta="right">{formatHours(s.hours)}</Table.Td>
                    <Table.Td ta="right">{formatHours(s.mainHours)}</Table.Td>
                    <Table.Td ta="right">{formatHours(l?.leaderMainHours ?? 0)}</Table.Td>
                    <Table.Td ta="right">{l && l.mainHours > 0 ? formatPercent(l.leaderMainHours / l.mainHours) : t.noData}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </>
  );
}
