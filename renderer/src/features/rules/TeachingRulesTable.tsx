import { ActionIcon, Badge, Group, MultiSelect, NumberInput, Select, Switch, Table, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { INSTITUTION_KIND_LABELS, INSTITUTION_KINDS, INSTITUTION_LEVEL_LABELS, INSTITUTION_LEVELS, type InstitutionKind, type InstitutionLevel } from '../../../../shared/domain/enums.ts';
import type { RenewalRule, TeachingRule } from '../../../../shared/domain/rules/schema.ts';
import { isBuiltinTeachingRule } from '../../../../shared/domain/rules/custom-teaching.ts';
import { planTitle } from '../../../../shared/domain/rules/plans.ts';
import { SCOPE_LABELS } from '../../../../shared/domain/indicators/scope.ts';
import { rulesTexts as t } from './texts.ts';

type Rule = TeachingRule | RenewalRule;
const isRatio = (r: Rule) => (r.shape === 'ratio' || r.shape === 'course_renewal');

/**
 * Teaching or renewal rules: threshold, scope of institutions, on/off; each with its source clause.
 * With `onRemove`, a school's own rules (not the built-in ones) can be removed.
 */
export function TeachingRulesTable<R extends Rule>({
  rules,
  onChange,
  onRemove,
  label,
}: {
  rules: R[];
  onChange(index: number, rule: R): void;
  onRemove?(index: number): void;
  label: string;
}) {
  const c = t.columns;
  return (
    <Table verticalSpacing="xs" aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{c.rule}</Table.Th>
          <Table.Th w={130}>{c.threshold}</Table.Th>
          <Table.Th w={130}>{c.minLevel}</Table.Th>
          <Table.Th w={260}>{c.kinds}</Table.Th>
          <Table.Th w={60}>{c.enabled}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rules.map((rule, i) => (
          <Table.Tr key={rule.id}>
            <Table.Td>
              <Group gap={6} wrap="nowrap">
                <Text size="sm" fw={600}>
                  {rule.id} {rule.label}
                </Text>
                {onRemove && !isBuiltinTeachingRule(rule.id) && (
                  <>
                    <Badge size="xs" variant="light">{t.custom.badge}</Badge>
                    <ActionIcon size="sm" variant="subtle" color="red" aria-label={t.custom.remove(rule.id)} title={t.custom.remove(rule.id)} onClick={() => onRemove(i)}>
                      <IconTrash size={14} />
                    </ActionIcon>
                  </>
                )}
              </Group>
              {'scope' in rule && <Text size="xs">{SCOPE_LABELS[rule.scope]}</Text>}
              <Text size="xs" c="dimmed">
                {planTitle(rule.source.plan)}：{rule.source.clause}
              </Text>
            </Table.Td>
            <Table.Td>
              <NumberInput
                aria-label={`${rule.id} ${c.threshold}`}
                value={isRatio(rule) ? Math.round(rule.threshold * 10000) / 100 : rule.threshold}
                onChange={(v) => typeof v === 'number' && onChange(i, { ...rule, threshold: isRatio(rule) ? v / 100 : v })}
                suffix={isRatio(rule) ? '%' : ' 学时'}
                min={0}
                max={isRatio(rule) ? 100 : undefined}
                decimalScale={2}
              />
            </Table.Td>
            <Table.Td>
              <Select
                aria-label={`${rule.id} ${c.minLevel}`}
                data={[...INSTITUTION_LEVELS].reverse().map((l) => ({ value: l, label: INSTITUTION_LEVEL_LABELS[l] }))}
                value={rule.applicability.minLevel}
                onChange={(v) => v && onChange(i, { ...rule, applicability: { ...rule.applicability, minLevel: v as InstitutionLevel } })}
                allowDeselect={false}
              />
            </Table.Td>
            <Table.Td>
              <MultiSelect
                aria-label={`${rule.id} ${c.kinds}`}
                data={INSTITUTION_KINDS.map((k) => ({ value: k, label: INSTITUTION_KIND_LABELS[k] }))}
                value={rule.applicability.kinds}
                onChange={(v) => v.length > 0 && onChange(i, { ...rule, applicability: { ...rule.applicability, kinds: v as InstitutionKind[] } })}
              />
            </Table.Td>
            <Table.Td>
              <Switch aria-label={`${rule.id} ${c.enabled}`} checked={rule.enabled} onChange={(e) => onChange(i, { ...rule, enabled: e.currentTarget.checked })} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
