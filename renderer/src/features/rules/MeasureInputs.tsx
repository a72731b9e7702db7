import { Group, NumberInput, Text } from '@mantine/core';
import type { CheckMeasure, TraineeCheck } from '../../../../shared/domain/rules/schema.ts';
import { rulesTexts as t } from './texts.ts';

const num = (v: string | number): number | undefined => (typeof v === 'number' ? v : undefined);

/** A check's bound: hours or days, a theory share, or a count. */
export function MeasureInputs({ check, onChange }: { check: TraineeCheck; onChange(m: CheckMeasure): void }) {
  const m = check.measure;
  const c = t.columns;
  if (m.type === 'theory_ratio')
    return <NumberInput aria-label={`${check.id} ${c.ratio}`} value={m.ratio * 100} suffix="%" min={0} max={100} onChange={(v) => num(v) !== undefined && onChange({ ...m, ratio: num(v)! / 100 })} w={110} />;
  if (m.type === 'count')
    return <NumberInput aria-label={`${check.id} ${c.count}`} value={m.count} suffix=" 次" min={1} allowDecimal={false} onChange={(v) => num(v) !== undefined && onChange({ ...m, count: num(v)! })} w={110} />;
  return (
    <Group gap={6} wrap="nowrap">
      <NumberInput aria-label={`${check.id} ${c.hours}`} placeholder={c.hours} value={m.hours ?? ''} suffix=" 学时" min={0} onChange={(v) => onChange({ ...m, hours: num(v) })} w={120} />
      <Text size="sm">或</Text>
      <NumberInput aria-label={`${check.id} ${c.days}`} placeholder={c.days} value={m.days ?? ''} suffix=" 天" min={0} onChange={(v) => onChange({ ...m, days: num(v) })} w={100} />
    </Group>
  );
}

