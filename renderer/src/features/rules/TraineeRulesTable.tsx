import { Group, Table, Text, TextInput } from '@mantine/core';
import type { TraineeCheck, TraineeRule } from '../../../../shared/domain/rules/schema.ts';
import { planTitle } from '../../../../shared/domain/rules/plans.ts';
import { MeasureInputs } from './MeasureInputs.tsx';
import { rulesTexts as t } from './texts.ts';

/** Trainee-hour rules: each check's bounds and, for fixed spans, its window. */
export function TraineeRulesTable({ rules, onChange }: { rules: TraineeRule[]; onChange(index: number, rule: TraineeRule): void }) {
  const c = t.columns;
  const setCheck = (i: number, j: number, check: TraineeCheck) => {
    const rule = rules[i]!;
    onChange(i, { ...rule, checks: rule.checks.map((k, n) => (n === j ? check : k)) });
  };
  return (
    <Table verticalSpacing="xs" aria-label={t.trainee}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{c.rule}</Table.Th>
          <Table.Th>{c.check}</Table.Th>
          <Table.Th>{c.window}</Table.Th>
          <Table.Th>{c.threshold}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rules.flatMap((rule, i) =>
          rule.checks.map((check, j) => (
            <Table.Tr key={check.id}>
              {j === 0 && (
                <Table.Td rowSpan={rule.checks.length} maw={320}>
                  <Text size="sm" fw={600}>{rule.id} {rule.label}</Text>
                  <Text size="xs" c="dimmed">{planTitle(rule.source.plan)}：{rule.source.clause}</Text>
                </Table.Td>
              )}
              <Table.Td>{check.label}</Table.Td>
              <Table.Td>
                {check.window.type === 'year' ? (
                  t.yearWindow
                ) : (
                  <Group gap={4} wrap="nowrap">
                    <TextInput type="date" aria-label={`${check.id} 起`} value={check.window.from} onChange={(e) => setCheck(i, j, { ...check, window: { type: 'fixed', from: e.currentTarget.value, to: (check.window as { to: string }).to } })} w={150} />
                    <Text size="sm">至</Text>
                    <TextInput type="date" aria-label={`${check.id} 止`} value={check.window.to} onChange={(e) => setCheck(i, j, { ...check, window: { type: 'fixed', from: (check.window as { from: string }).from, to: e.currentTarget.value } })} w={150} />
                  </Group>
                )}
              </Table.Td>
              <Table.Td>
                <MeasureInputs check={check} onChange={(measure) => setCheck(i, j, { ...check, measure })} />
              </Table.Td>
            </Table.Tr>
          )),
        )}
      </Table.Tbody>
    </Table>
  );
}
