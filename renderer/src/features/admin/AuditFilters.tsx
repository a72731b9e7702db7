import { Button, Group, Select, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useMemo } from 'react';
import { AUDIT_ACTION_LABELS, AUDIT_KIND_LABELS } from '../../../../shared/domain/admin/audit-labels.ts';
import { useQuery } from '../../api/use-query.ts';
import { SearchInput } from '../../components/SearchInput.tsx';
import type { AuditFilterKey, AuditFilterValues } from './audit-filter.ts';
import { adminTexts } from './texts.ts';

const t = adminTexts.audit.filters;
const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));
const ACTIONS = options(AUDIT_ACTION_LABELS);
const KINDS = options(AUDIT_KIND_LABELS);

/** The audit log's filters: user, action, record kind and id, local date range, free text. */
export function AuditFilters({
  values,
  onChange,
  onClear,
}: {
  values: AuditFilterValues;
  onChange: (key: AuditFilterKey, value: string | null) => void;
  onClear: () => void;
}) {
  const users = useQuery('users.list', {});
  const userOptions = useMemo(() => (users.data?.rows ?? []).map((u) => ({ value: u.username, label: `${u.displayName}（${u.username}）` })), [users.data]);
  const any = Object.entries(values).some(([k, v]) => k !== 'page' && v);
  return (
    <Group gap="sm" mb="md" align="flex-end">
      <Select label={t.user} placeholder={t.any} data={userOptions} value={values.user ?? null} onChange={(v) => onChange('user', v)} clearable searchable w={180} />
      <Select label={t.action} placeholder={t.any} data={ACTIONS} value={values.action ?? null} onChange={(v) => onChange('action', v)} clearable w={140} />
      <Select label={t.kind} placeholder={t.any} data={KINDS} value={values.kind ?? null} onChange={(v) => onChange('kind', v)} clearable w={140} />
      <TextInput
        label={t.recordId}
        defaultValue={values.recordId ?? ''}
        onBlur={(e) => onChange('recordId', e.currentTarget.value.trim() || null)}
        onKeyDown={(e) => e.key === 'Enter' && onChange('recordId', e.currentTarget.value.trim() || null)}
        w={150}
      />
      <DateInput label={t.from} valueFormat="YYYY-MM-DD" value={values.from ?? null} onChange={(v) => onChange('from', v)} clearable w={140} />
      <DateInput label={t.to} valueFormat="YYYY-MM-DD" value={values.to ?? null} onChange={(v) => onChange('to', v)} clearable w={140} />
      <SearchInput value={values.q ?? ''} onChange={(q) => onChange('q', q || null)} placeholder={t.qHint} />
      {any && (
        <Button variant="subtle" onClick={onClear}>
          {t.clear}
        </Button>
      )}
    </Group>
  );
}
