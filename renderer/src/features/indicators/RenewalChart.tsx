import { BarChart } from '@mantine/charts';
import type { RenewalYear } from '../../../../shared/domain/indicators/types.ts';
import { formatPercent } from '../../components/format.ts';
import { indicatorTexts as t } from './texts.ts';

/** Each plan year's renewal rate against the threshold. */
export function RenewalChart({ years, threshold }: { years: RenewalYear[]; threshold: number }) {
  const data = years.map((y) => ({ year: `${y.year}年`, rate: y.rate }));
  return (
    <BarChart
      h={240}
      data={data}
      dataKey="year"
      series={[{ name: 'rate', label: t.renewal.rate, color: 'blue.6' }]}
      valueFormatter={formatPercent}
      yAxisProps={{ domain: [0, (max: number) => Math.max(max, threshold) * 1.2] }}
      referenceLines={[{ y: threshold, label: `${t.renewal.threshold} ${formatPercent(threshold)}`, color: 'red.6' }]}
      withBarValueLabel
      maxBarWidth={56}
      data-testid="renewal-chart"
    />
  );
}
