// The report's chart as inline SVG: one horizontal bar per figure, the threshold as a mark, so the
// PDF needs no script and no image file.
import { formatCell } from '../../../shared/reports/format.ts';
import type { ReportChart } from '../../../shared/reports/model.ts';

const COLORS = { pass: '#2f7d32', fail: '#c62828', muted: '#9e9e9e', neutral: '#3a6ea5' } as const;

/** A chart without thresholds shows plain figures, not verdicts. */
export const hasThresholds = (chart: ReportChart): boolean => chart.bars.some((b) => b.threshold !== null);

const esc = (s: string): string => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export function chartSvg(chart: ReportChart): string {
  const labelWidth = 250;
  const barArea = 350;
  const valueWidth = 90;
  const rowHeight = 30;
  const top = 36;
  const width = labelWidth + barArea + valueWidth;
  const height = top + chart.bars.length * rowHeight + 28;
  const max = Math.max(
    chart.format === 'percent' ? 1 : 0,
    ...chart.bars.flatMap((b) => [b.value ?? 0, b.threshold ?? 0]),
  ) || 1;
  const x = (v: number): number => labelWidth + (Math.max(0, v) / max) * barArea;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(chart.title)}" font-family="'Noto Sans CJK SC','Microsoft YaHei',sans-serif">`,
    `<text x="${width / 2}" y="20" text-anchor="middle" font-size="15" font-weight="bold">${esc(chart.title)}</text>`,
  ];
  // Grid at every quarter of the scale.
  for (let i = 0; i <= 4; i++) {
    const gx = labelWidth + (barArea * i) / 4;
    parts.push(`<line x1="${gx}" y1="${top - 4}" x2="${gx}" y2="${height - 24}" stroke="#e0e0e0"/>`);
    parts.push(`<text x="${gx}" y="${height - 8}" text-anchor="middle" font-size="11" fill="#666">${esc(formatCell((max * i) / 4, chart.format))}</text>`);
  }
  chart.bars.forEach((bar, i) => {
    const y = top + i * rowHeight;
    const color = hasThresholds(chart) ? COLORS[bar.tone ?? 'muted'] : bar.value === null ? COLORS.muted : COLORS.neutral;
    const label = bar.label.length > 17 ? `${bar.label.slice(0, 16)}…` : bar.label;
    parts.push(`<text x="${labelWidth - 8}" y="${y + 19}" text-anchor="end" font-size="12.5">${esc(label)}</text>`);
    if (bar.value !== null) parts.push(`<rect x="${labelWidth}" y="${y + 6}" width="${Math.max(1, x(bar.value) - labelWidth)}" height="${rowHeight - 12}" fill="${color}" rx="2"/>`);
    if (bar.threshold !== null) {
      const tx = x(bar.threshold);
      parts.push(`<line x1="${tx}" y1="${y + 2}" x2="${tx}" y2="${y + rowHeight - 2}" stroke="#000" stroke-width="2" stroke-dasharray="3,2"/>`);
    }
    const text = bar.value === null ? '无数据' : formatCell(bar.value, chart.format);
    parts.push(`<text x="${labelWidth + barArea + 8}" y="${y + 19}" font-size="13" fill="${color}">${esc(text)}</text>`);
  });
  parts.push('</svg>');
  return parts.join('');
}
