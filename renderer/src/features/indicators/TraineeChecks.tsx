import { Badge, Button, Modal, Table, Text } from '@mantine/core';
import { useNavigate } from 'react-router-dom';
import type { ComplianceRow } from '../../../../shared/api/methods/indicators.ts';
import type { CheckResult } from '../../../../shared/domain/indicators/types.ts';
import type { TraineeRule } from '../../../../shared/domain/rules/schema.ts';
import { formatHours, formatPercent } from '../../components/format.ts';
import { requirementOf } from './check-requirement.ts';
import { indicatorTexts as t } from './texts.ts';

const counted = (c: CheckResult): string =>
  c.ratio !== undefined
    ? t.compliance.ratio(formatPercent(c.ratio), formatHours(c.hours))
    : c.count !== undefined
      ? `${t.compliance.count(c.count)}（${formatHours(c.hours)} 学时）`
      : t.compliance.hoursDays(formatHours(c.hours), formatHours(c.days ?? 0));

/** One trainee's checks: what was counted against what the rule asks. */
export function TraineeChecks({ row, rule, onClose }: { row: ComplianceRow | undefined; rule: TraineeRule | undefined; onClose(): void }) {
  const navigate = useNavigate();
  const c = t.compliance.check;
  return (
    <Modal opened={row !== undefined} onClose={onClose} title={row ? t.compliance.detail(row.name) : ''} size="xl">
      {row && (
        <>
          <Text size="sm" mb="xs">
            {row.group ?? '—'} {rule?.label} {rule && <Text span c="dimmed" size="xs">（{rule.source.clause}）</Text>}
          </Text>
          {row.exempt && <Badge color="gray">{t.compliance.exempt}</Badge>}
          {row.reason && <Text c="red.7" size="sm">{row.reason}</Text>}
          {row.checks.length > 0 && (
            <Table verticalSpacing="xs" data-testid="trainee-checks">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{c.name}</Table.Th>
                  <Table.Th>{c.counted}</Table.Th>
                  <Table.Th>{c.required}</Table.Th>
                  <Table.Th w={90}>{c.met}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {row.checks.map((check) => {
                  const spec = rule?.checks.find((s) => s.id === check.id);
                  return (
                    <Table.Tr key={check.id}>
                      <Table.Td>{spec?.label ?? check.id}</Table.Td>
                      <Table.Td>{counted(check)}</Table.Td>
                      <Table.Td>{spec ? requirementOf(spec) : '—'}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <Badge style={{ overflow: 'visible' }} color={check.met ? 'teal' : 'red'} variant="light">
                          {check.met ? t.compliance.met : t.compliance.unmet}
                        </Badge>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          )}
          <Button variant="light" size="xs" mt="md" onClick={() => navigate(`/trainees/${encodeURIComponent(row.trainee)}`)}>
            {t.compliance.openTrainee}
          </Button>
        </>
      )}
    </Modal>
  );
}
