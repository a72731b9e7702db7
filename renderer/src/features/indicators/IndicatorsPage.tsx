import { Group, SimpleGrid, Switch, Text, Title } from '@mantine/core';
import { IconChartBar } from '@tabler/icons-react';
import { useState } from 'react';
import { useQuery } from '../../api/use-query.ts';
import { EmptyHint } from '../../components/EmptyHint.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { CountingRulesButton } from './CountingRulesButton.tsx';
import { DrilldownDrawer } from './DrilldownDrawer.tsx';
import { IndicatorCard } from './IndicatorCard.tsx';
import { SemesterSelect } from './SemesterSelect.tsx';
import { indicatorTexts as t } from './texts.ts';
import { useSemester } from './use-semester.ts';

/** 教学指标: the semester's indicators, each drillable to its classes and sessions. */
export function IndicatorsPage() {
  const { semesters, semester, choose, error, loading } = useSemester();
  const [includeNotApplicable, setIncludeNotApplicable] = useState(false);
  const [drill, setDrill] = useState<string | undefined>();
  const q = useQuery('indicators.semester', { semester: semester?.id ?? '', detail: true, includeNotApplicable }, { enabled: semester !== undefined });
  const failure = error ?? q.error;
  const header = (
    <PageHeader
      title={t.dashboard.title}
      description={t.dashboard.description}
      actions={
        <>
          <SemesterSelect semesters={semesters} value={semester?.id} onChange={choose} />
          <CountingRulesButton />
        </>
      }
    />
  );
  if (failure) return (<>{header}<QueryError error={failure} onRetry={q.refetch} /></>);
  if (loading) return <Loading />;
  if (!semester) return (<>{header}<EmptyHint icon={<IconChartBar />} title={t.noSemesters} description={t.noSemestersHint} /></>);
  const data = q.data;
  return (
    <>
      {header}
      <Group justify="space-between" mb="sm">
        <Title order={3} fz={18}>
          {t.dashboard.heading(semester.name)}
        </Title>
        <Group gap="md">
          {data && <Text size="xs" c="dimmed" data-testid="rule-set-version">{t.ruleSet(data.ruleSet.version, data.ruleSet.name)}</Text>}
          <Switch size="sm" label={t.dashboard.showNotApplicable} checked={includeNotApplicable} onChange={(e) => setIncludeNotApplicable(e.currentTarget.checked)} />
        </Group>
      </Group>
      {!data ? (
        <Loading />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="md">
          {data.indicators.map((r) => (
            <IndicatorCard key={r.id} result={r} onDrill={() => setDrill(r.id)} />
          ))}
        </SimpleGrid>
      )}
      <DrilldownDrawer semester={semester.id} result={data?.indicators.find((r) => r.id === drill)} onClose={() => setDrill(undefined)} />
    </>
  );
}
