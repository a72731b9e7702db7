import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import type { IndicatorResult } from '../../../../shared/domain/indicators/types.ts';
import { formatHours } from '../../components/format.ts';
import { IndicatorBar } from './IndicatorBar.tsx';
import { showFigure } from './format.ts';
import { indicatorTexts as t, STATUS_COLORS, STATUS_LABELS } from './texts.ts';

/** One indicator: value, threshold, status, a bar, the gap, and the way into its classes and sessions. */
export function IndicatorCard({ result, onDrill }: { result: IndicatorResult; onDrill(): void }) {
  const detail = result.detail;
  const shape = detail?.shape ?? 'ratio';
  const figure = result.status === 'not_applicable' ? result.computed : result;
  const value = figure?.value;
  const classes = figure?.classes;
  return (
    <Card withBorder padding="md" data-testid={`indicator-${result.id}`}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Text fw={600} size="sm">
          {result.id} {detail?.label}
        </Text>
        <Badge color={STATUS_COLORS[result.status]} variant="light" style={{ flex: 'none' }}>
          {STATUS_LABELS[result.status]}
        </Badge>
      </Group>
      <Group justify="space-between" align="baseline" mt={4}>
        <Text fz={28} fw={700} data-testid={`indicator-value-${result.id}`} c={result.status === 'not_applicable' ? 'dimmed' : undefined}>
          {result.status === 'not_applicable' || value === undefined ? '—' : showFigure(shape, value)}
        </Text>
        <Text size="sm" c="dimmed">
          {t.card.threshold(showFigure(shape, result.threshold))}
        </Text>
      </Group>
      <IndicatorBar value={result.status === 'not_applicable' ? undefined : value} threshold={result.threshold} color={STATUS_COLORS[result.status]} />
      <Stack gap={4} mt={4}>
        {figure?.numerator !== undefined && figure.denominator !== undefined && (
          <Text size="sm">{t.card.hours(formatHours(figure.numerator), formatHours(figure.denominator))}</Text>
        )}
        {classes && <Text size="sm">{t.card.classesPass(classes.filter((c) => c.status === 'pass').length, classes.length)}</Text>}
        {result.status === 'no_data' && <Text size="sm" c="dimmed">{t.card.noData}</Text>}
        {result.reason && <Text size="sm" c="dimmed">{result.reason}</Text>}
        {result.status === 'not_applicable' && value !== undefined && <Text size="sm" c="dimmed">{t.card.computed(showFigure(shape, value))}</Text>}
        {detail?.gap && (
          <Text size="sm" c="red.7" fw={500} data-testid={`indicator-gap-${result.id}`}>
            {detail.gap.text}
          </Text>
        )}
        {detail && (
          <Text size="xs" c="dimmed" lineClamp={2} title={`${detail.source.plan}：${detail.source.clause}`}>
            {t.source}：{detail.source.plan}——{detail.source.clause}
          </Text>
        )}
      </Stack>
      {detail && detail.classes.length > 0 && (
        <Button variant="light" size="xs" mt="sm" onClick={onDrill}>
          {t.card.drill}
        </Button>
      )}
    </Card>
  );
}
