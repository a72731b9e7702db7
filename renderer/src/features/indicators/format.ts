// How indicator figures read on screen.
import { formatHours, formatPercent } from '../../components/format.ts';

export const showFigure = (shape: 'ratio' | 'hours', value: number): string => (shape === 'ratio' ? formatPercent(value) : `${formatHours(value)} 学时`);

/** Bar length: the value against its threshold, full at 1.5 × the threshold so passing figures show headroom. */
export const barPercent = (value: number | undefined, threshold: number): number =>
  value === undefined || threshold <= 0 ? 0 : Math.min(100, (value / (threshold * 1.5)) * 100);

export const thresholdMark = 100 / 1.5;
