// Thresholds compare with a tolerance: sums of decimal hours are not exact in binary floating point,
// and 89.99999999999999 hours must meet a 90-hour bound.
const EPSILON = 1e-9;

export const meets = (value: number, threshold: number): boolean => value >= threshold - EPSILON;

/** Hours shown in a message: at most one decimal, rounded up so the gap is never understated. */
export const showHours = (hours: number): string => String(Math.ceil(hours * 10 - EPSILON) / 10);
