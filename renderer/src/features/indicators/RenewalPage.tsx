import { Badge, Card, Group, NumberInput, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useQuery } from '../../api/use-query.ts';
import { formatHours, formatPercent } from '../../components/format.ts';
import { Loading } from '../../components/Loading.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { CountingRulesButton } from './CountingRulesButton.tsx';
import { RenewalChart } from './RenewalChart.tsx';
import { RenewedCourses } from './RenewedCourses.tsx';
import { indicatorTexts as t, STATUS_COLORS, STATUS_LABELS } from './texts.ts';

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
          <NumberInput label={t.year} value={year} onChange={(v) => typeof v === 'number' && v >= 1949 && v <= 2100 && setYear(v)} min={1949} max={2100} w={120} allowDecimal={false} />
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
          <Card withBorder data-testid="indicator-R1">
            <Group justify="space-between">
              <Title order={3} fz={16}>R1 {r1.detail?.label}</Title>
              <Badge color={STATUS_COLORS[r1.status]} variant="light">{STATUS_LABELS[r1.status]}</Badge>
            </Group>
            <Text fz={28} fw={700} data-testid="indicator-value-R1">
              {figure(r1)?.value === undefined ? '—' : t.renewal.mean(formatPercent(figure(r1)!.value!))}
            </Text>
            {r1.reason && <Text size="sm" c="dimmed">{r1.reason}</Text>}
            <Text size="xs" c="dimmed" mb="sm">{t.source}：{r1.detail?.source.plan}——{r1.detail?.source.clause}</Text>
            {years.length === 0 ? <Text c="dimmed">{t.renewal.noYears}</Text> : <RenewalChart years={years} threshold={r1.threshold} />}
            <Stack gap={2} mt="xs">
              {years.map((y) => (
                <Text key={y.year} size="sm">
                  {y.year}年：{formatPercent(y.rate)}（{t.renewal.offered(y.offered, y.renewed)}）
                </Text>
              ))}
            </Stack>
          </Card>
        )}
        {r2 && (
          <Card withBorder data-testid="indicator-R2">
            <Group justify="space-between">
              <Title order={3} fz={16}>R2 {r2.detail?.label}</Title>
              <Badge color={STATUS_COLORS[r2.status]} variant="light">{STATUS_LABELS[r2.status]}</Badge>
            </Group>
            <Text fz={28} fw={700} data-testid="indicator-value-R2">
              {figure(r2)?.value === undefined ? '—' : `${formatHours(figure(r2)!.value!)} 学时`}
            </Text>
            <Text size="sm" c="dimmed">{t.card.threshold(`${r2.threshold} 学时`)}</Text>
            {r2.reason && <Text size="sm" c="dimmed">{r2.reason}</Text>}
            <Text size="xs" c="dimmed" mb="sm">{t.source}：{r2.detail?.source.plan}——{r2.detail?.source.clause}</Text>
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
          </Card>
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
