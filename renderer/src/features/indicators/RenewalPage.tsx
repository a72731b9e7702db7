import { Card, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { isYear } from '../../../../shared/exchange/values.ts';
import { useQuery } from '../../api/use-query.ts';
import { formatHours, formatPercent } from '../../components/format.ts';
import { Loading } from '../../components/Loading.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { YearInput } from '../../components/YearInput.tsx';
import { CountingRulesButton } from './CountingRulesButton.tsx';
import { RenewalCard } from './RenewalCard.tsx';
import { RenewalChart } from './RenewalChart.tsx';
import { RenewedCourses } from './RenewedCourses.tsx';
import { indicatorTexts as t } from './texts.ts';

/** 课程更新: R1 per year as a chart with the renewed courses, and R2's online courses. */
export function RenewalPage() {
  const [year, setYear] = useState(new Date().getFullYear());
  const q = useQuery('indicators.renewal', { year, detail: true, includeNotApplicable: true });
  const header = (
    <PageHeader
      title={t.renewal.title}
      description={t.renewal.description}
      actions={
        <>
          <YearInput label={t.year} value={year} onChange={(v) => isYear(v) && setYear(v)} w={120} />
          <CountingRulesButton />
        </>
      }
    />
  );
  if (q.error) return (<>{header}<QueryError error={q.error} onRetry={q.refetch} /></>);
  if (!q.data) return (<>{header}<Loading /></>);
  const [r1, r2] = ['R1', 'R2'].map((id) => q.data!.indicators.find((i) => i.id === id));
  const figure = (r: typeof r1) => (r?.status === 'not_applicable' ? r.computed : r);
  const years = figure(r1)?.years ?? [];
  return (
    <>
      {header}
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        {r1 && (
          <RenewalCard result={r1} value={figure(r1)?.value === undefined ? '—' : t.renewal.mean(formatPercent(figure(r1)!.value!))}>
            {years.length === 0 ? <Text c="dimmed">{t.renewal.noYears}</Text> : <RenewalChart years={years} threshold={r1.threshold} />}
            <Stack gap={2} mt="xs">
              {years.map((y) => (
                <Text key={y.year} size="sm">
                  {y.year}年：{formatPercent(y.rate)}（{t.renewal.offered(y.offered, y.renewed)}）
                </Text>
              ))}
            </Stack>
          </RenewalCard>
        )}
        {r2 && (
          <RenewalCard
            result={r2}
            value={figure(r2)?.value === undefined ? '—' : `${formatHours(figure(r2)!.value!)} 学时`}
            note={<Text size="sm" c="dimmed">{t.card.threshold(`${r2.threshold} 学时`)}</Text>}
          >
            <Text fw={600} size="sm">{t.renewal.online(year)}</Text>
            <Table verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t.renewal.columns.title}</Table.Th>
                  <Table.Th ta="right">{t.renewal.columns.hours}</Table.Th>
                  <Table.Th>{t.renewal.columns.reason}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {(r2.detail?.onlineCourses ?? []).map((o) => (
                  <Table.Tr key={o.id}>
                    <Table.Td>{o.title}</Table.Td>
                    <Table.Td ta="right">{formatHours(o.hours)}</Table.Td>
                    <Table.Td>{o.revised ? t.renewal.revised : t.renewal.newCourse}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </RenewalCard>
        )}
      </SimpleGrid>
      {r1?.detail?.courses && (
        <Card withBorder mt="md">
          <Title order={3} fz={16} mb="xs">{t.renewal.courses(year)}</Title>
          <RenewedCourses year={year} courses={r1.detail.courses} />
        </Card>
      )}
    </>
  );
}
