import { NumberInput, type NumberInputProps } from '@mantine/core';
import { MAX_YEAR, MIN_YEAR } from '../../../shared/exchange/values.ts';

/** A whole year within the range the store accepts (`validYear` checks it in a form). */
export function YearInput(props: NumberInputProps) {
  return <NumberInput min={MIN_YEAR} max={MAX_YEAR} allowDecimal={false} {...props} />;
}
