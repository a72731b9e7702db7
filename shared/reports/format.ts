// How report figures are written out, the same in every format.
import type { IndicatorStatus } from '../domain/indicators/types.ts';
import type { ColumnFormat, ReportCell, Tone } from './model.ts';

export const STATUS_LABELS: Record<IndicatorStatus, string> = {
  pass: '达标',
  fail: '未达标',
  not_applicable: '不适用',
  no_data: '无数据',
};

export const toneOf = (status: IndicatorStatus): Tone | undefined =>
  status === 'pass' ? 'pass' : status === 'fail' ? 'fail' : 'muted';

/** Rounds for display only (two decimals); the figures themselves stay unrounded. */
export function formatNumber(value: number, decimals = 2): string {
  const rounded = Math.round(value * 10 ** decimals) / 10 ** decimals;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

export function formatPercent(ratio: number): string {
  return `${(Math.round(ratio * 10000) / 100).toFixed(2)}%`;
}

export function formatCell(value: ReportCell, format: ColumnFormat): string {
  if (value === null) return '—';
  if (typeof value === 'string') return value;
  switch (format) {
    case 'percent':
      return formatPercent(value);
    case 'integer':
      return String(Math.round(value));
    case 'number':
      return formatNumber(value);
    default:
      return String(value);
  }
}
