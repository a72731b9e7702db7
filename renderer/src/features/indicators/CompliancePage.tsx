import { Badge, Group, Select, Switch, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { ComplianceRow } from '../../../../shared/api/methods/indicators.ts';
import { sortedNames } from '../../../../shared/domain/name-order.ts';
import { isIsoDate } from '../../../../shared/exchange/values.ts';
import { useQuery } from '../../api/use-query.ts';
import { Loading } from '../../components/Loading.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { VirtualTable, type Column } from '../../components/VirtualTable.tsx';
import { CountingRulesButton } from './CountingRulesButton.tsx';
import { TraineeChecks } from './TraineeChecks.tsx';
import { indicatorTexts as t } from './texts.ts';

const c = t.compliance.columns;

/** 学时达标: every trainee against its group's rule as of a date, filtered by group, organisation and result. */
export function CompliancePage() {
  const [asOf, setAsOf] = useState(new Date().toISOString().slice(0, 10));
  const [group, setGroup] = useState<string | null>(null);
  const [organization, setOrganization] = useState<string | null>(null);
  const [unmetOnly, setUnmetOnly] = useState(false);
  const [open, setOpen] = useState<ComplianceRow | undefined>();
  const q = useQuery('indicators.compliance', { asOf }, { enabled: isIsoDate(asOf) });
  const rules = useQuery('rules.get', {});
  const ruleById = useMemo(() => new Map((rules.data?.ruleSet.trainee ?? []).map((r) => [r.id, r])), [rules.data]);
  const all = useMemo(() => q.data?.trainees ?? [], [q.data]);
  const organizations = useMemo(() => sortedNames(all.flatMap((r) => (r.organization ? [r.organization] : []))), [all]);
  const groups = useMemo(() => [...new Set(all.map((r) => r.group).filter((g): g is string => !!g))].sort(), [all]);
  const rows = all.filter((r) => (!group || r.group === group) && (!organization || r.organization === organization) && (!unmetOnly || !r.met));
  const columns: Column<ComplianceRow>[] = [
    { key: 'trainee', header: c.trainee, width: 'minmax(0, 1fr)', render: (r) => `${r.name}（${r.trainee}）` },
    { key: 'group', header: c.group, width: 'minmax(0, 1.2fr)', render: (r) => (r.group ? `${r.group} ${ruleById.get(r.group)?.label ?? ''}` : '—') },
    { key: 'organization', header: c.organization, width: 'minmax(0, 1fr)', render: (r) => r.organization ?? '—' },
    {
      key: 'met',
      header: c.met,
      width: '120px',
      render: (r) => (
        <Badge color={r.met ? 'teal' : 'red'} variant="light">
          {r.exempt ? t.compliance.exempt : r.met ? t.compliance.met : t.compliance.unmet}
        </Badge>
      ),
    },
    {
      key: 'checks',
      header: c.checks,
      width: 'minmax(0, 1.4fr)',
      render: (r) => r.reason ?? r.checks.map((k) => `${ruleById.get(r.group ?? '')?.checks.find((s) => s.id === k.id)?.label ?? k.id}${k.met ? '✓' : '✗'}`).join('　'),
    },
  ];
  const failure = q.error ?? rules.error;
  return (
    <>
      <PageHeader title={t.compliance.title} description={t.compliance.description} actions={<CountingRulesButton />} />
      <Group mb="sm" align="flex-end">
        <TextInput type="date" label={t.asOf} value={asOf} onChange={(e) => setAsOf(e.currentTarget.value)} w={170} />
        <Select label={t.compliance.group} placeholder={t.compliance.allGroups} data={groups.map((g) => ({ value: g, label: `${g} ${ruleById.get(g)?.label ?? ''}` }))} value={group} onChange={setGroup} clearable w={260} />
        <Select label={t.compliance.organization} placeholder={t.compliance.allOrganizations} data={organizations} value={organization} onChange={setOrganization} clearable searchable w={220} />
        <Switch label={t.compliance.unmetOnly} checked={unmetOnly} onChange={(e) => setUnmetOnly(e.currentTarget.checked)} mb={8} />
      </Group>
      {failure ? (
        <QueryError error={failure} onRetry={q.refetch} />
      ) : !q.data ? (
        <Loading />
      ) : (
        <>
          <Text size="sm" mb="xs" data-testid="compliance-summary">
            {t.compliance.summary(rows.length, rows.filter((r) => r.met).length)}
          </Text>
          {rows.length === 0 ? <Text c="dimmed">{t.compliance.noTrainees}</Text> : <VirtualTable rows={rows} columns={columns} onOpen={setOpen} label={t.compliance.title} />}
        </>
      )}
      <TraineeChecks row={open} rule={open?.group ? ruleById.get(open.group) : undefined} onClose={() => setOpen(undefined)} />
    </>
  );
}
