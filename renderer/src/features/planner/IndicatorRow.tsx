import { Badge, Group, Progress, Text } from '@mantine/core';
import classes from './planner.module.css';
import { formatValue, type IndicatorRowData } from './indicator-rows.ts';
import { plannerTexts as t } from './texts.ts';

const STATUS_COLOR: Record<string, string> = { pass: 'teal', fail: 'red', not_applicable: 'gray', no_data: 'gray' };

interface Props {
  row: IndicatorRowData;
  /** The same indicator on the saved plan, in what-if mode. */
  saved?: IndicatorRowData;
  /** What the latest edit changed, e.g. “+1.2 个百分点”. */
  change?: string;
}

const signed = (row: IndicatorRowData, d: number): string =>
  `${d > 0 ? '+' : d < 0 ? '−' : '±'}${row.ratio ? `${(Math.abs(d) * 100).toFixed(1)} 个百分点` : `${Math.abs(d).toFixed(1)} 学时`}`;

export const deltaText = signed;

/** One indicator: value, status, threshold and the gap to it; in what-if mode the saved value beside it. */
export function IndicatorRow({ row, saved, change }: Props) {
  const value = row.value === undefined ? '—' : formatValue(row, row.value);
  const threshold = row.ratio ? t.threshold(formatValue(row, row.threshold)) : t.thresholdHours(String(row.threshold));
  const progress = row.value === undefined || row.threshold <= 0 ? 0 : Math.min(100, (row.value / row.threshold) * 100);
  return (
    <div className={classes.indicator} data-changed={change ? 'true' : undefined} data-testid={`indicator-${row.id}`}>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text size="sm" fw={600} lineClamp={1} title={row.label}>
          {row.id} {row.label}
        </Text>
        <Badge size="sm" color={STATUS_COLOR[row.status]} variant="light" style={{ flex: 'none' }}>
          {t.status[row.status] ?? row.status}
        </Badge>
      </Group>
      <Group justify="space-between" align="baseline" wrap="nowrap" mt={2} gap="xs">
        <Group gap={6} align="baseline" wrap="nowrap">
          {saved && (
            <>
              <Text size="xs" c="dimmed" data-testid={`indicator-saved-${row.id}`} style={{ whiteSpace: 'nowrap' }}>
                {t.saved} {saved.value === undefined ? '—' : formatValue(saved, saved.value)}
              </Text>
              <Text size="xs" c="dimmed">
                →
              </Text>
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {t.draft}
              </Text>
            </>
          )}
          <Text size="lg" fw={700} data-testid={`indicator-value-${row.id}`} style={{ whiteSpace: 'nowrap' }}>
            {value}
          </Text>
        </Group>
        {!saved && (
          <Text size="xs" c="dimmed" style={{ flex: 'none' }}>
            {threshold}
          </Text>
        )}
      </Group>
      {row.value !== undefined && (
        <Progress value={progress} size="xs" mt={4} color={STATUS_COLOR[row.status]} aria-hidden />
      )}
      {saved && saved.value !== undefined && row.value !== undefined && Math.abs(row.value - saved.value) > 1e-12 && (
        <Text size="xs" fw={600} c={row.value > saved.value ? 'teal' : 'red'} data-testid={`indicator-diff-${row.id}`}>
          {t.difference} {signed(row, row.value - saved.value)}
        </Text>
      )}
      {change && (
        <Text size="xs" fw={600} c="orange.8" data-testid={`indicator-change-${row.id}`}>
          {t.changedBy(change)}
        </Text>
      )}
      {(row.detail || saved) && (
        <Text size="xs" c="dimmed">
          {[row.detail, saved ? threshold : undefined].filter(Boolean).join(' · ')}
        </Text>
      )}
      {row.note && (
        <Text size="xs" c={row.status === 'fail' ? 'red.8' : 'dimmed'}>
          {row.note}
        </Text>
      )}
    </div>
  );
}
