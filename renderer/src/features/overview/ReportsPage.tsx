import { Paper, Stack, Table } from '@mantine/core';
import { IconFileAnalytics } from '@tabler/icons-react';
import { useQuery } from '../../api/use-query.ts';
import { EmptyHint } from '../../components/EmptyHint.tsx';
import { formatHours } from '../../components/format.ts';
import { Loading } from '../../components/Loading.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { Section } from '../../components/Section.tsx';
import { ReportGenerator } from '../reports/ReportGenerator.tsx';
import { reportTexts } from '../reports/texts.ts';
import { ExportPanel } from '../settings/ExportPanel.tsx';
import { settingsTexts } from '../settings/texts.ts';
import { overviewTexts as t } from './texts.ts';

/** 报表: the report generator, each semester's totals, and the whole store as an exchange file. */
export function ReportsPage() {
  const { data, error, refetch } = useQuery('semesters.summary', {});
  if (error) return <QueryError error={error} onRetry={refetch} />;
  if (!data) return <Loading />;
  return (
    <Stack gap="lg">
      <PageHeader title={t.reports.title} description={t.reports.description} />
      <Section title={reportTexts.title}>
        <ReportGenerator />
      </Section>
      {data.length === 0 ? (
        <EmptyHint icon={<IconFileAnalytics />} title={t.emptyTitle} description={t.emptyDescription} />
      ) : (
        <Paper withBorder>
          <Table verticalSpacing="sm" aria-label={t.reports.title}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t.columns.semester}</Table.Th>
                <Table.Th ta="right">{t.columns.classes}</Table.Th>
                <Table.Th ta="right">{t.columns.mainClasses}</Table.Th>
                <Table.Th ta="right">{t.columns.partySpirit}</Table.Th>
                <Table.Th ta="right">{t.columns.sessions}</Table.Th>
                <Table.Th ta="right">{t.columns.hours}</Table.Th>
                <Table.Th ta="right">{t.columns.courses}</Table.Th>
                <Table.Th ta="right">{t.columns.lecturers}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>{s.name}</Table.Td>
                  <Table.Td ta="right">{s.classes}</Table.Td>
                  <Table.Td ta="right">{s.mainClasses}</Table.Td>
                  <Table.Td ta="right">{s.partySpiritClasses}</Table.Td>
                  <Table.Td ta="right">{s.sessions}</Table.Td>
                  <Table.Td ta="right">{formatHours(s.hours)}</Table.Td>
                  <Table.Td ta="right">{s.courses}</Table.Td>
                  <Table.Td ta="right">{s.lecturers}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      <Section title={settingsTexts.export.title}>
        <ExportPanel />
      </Section>
    </Stack>
  );
}
