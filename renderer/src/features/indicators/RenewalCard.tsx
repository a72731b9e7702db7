import { Badge, Card, Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { MethodOutput } from '../../../../shared/api/contract.ts';
import { indicatorTexts as t, STATUS_COLORS, STATUS_LABELS } from './texts.ts';

type Renewal = MethodOutput<'indicators.renewal'>['indicators'][number];

/**
 * One renewal indicator (R1, R2) on 课程更新: its name and status, the figure as `value` shows it, a `note`
 * under the figure, why it stands as it does, its policy source, and then what the page adds (`children`).
 */
export function RenewalCard({ result, value, note, children }: { result: Renewal; value: string; note?: ReactNode; children: ReactNode }) {
  return (
    <Card withBorder data-testid={`indicator-${result.id}`}>
      <Group justify="space-between">
        <Title order={3} fz={16}>{result.id} {result.detail?.label}</Title>
        <Badge color={STATUS_COLORS[result.status]} variant="light">{STATUS_LABELS[result.status]}</Badge>
      </Group>
      <Text fz={28} fw={700} data-testid={`indicator-value-${result.id}`}>
        {value}
      </Text>
      {note}
      {result.reason && <Text size="sm" c="dimmed">{result.reason}</Text>}
      <Text size="xs" c="dimmed" mb="sm">{t.source}：{result.detail?.source.plan}——{result.detail?.source.clause}</Text>
      {children}
    </Card>
  );
}
