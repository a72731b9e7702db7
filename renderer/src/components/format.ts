// Number formats of the screens.

/** Hours with at most two decimals and no trailing zeros (3, 1.5, 34.17). */
export function formatHours(h: number): string {
  return String(Math.round(h * 100) / 100);
}

export function formatPercent(ratio: number): string {
  return `${(ratio * 100).toFixed(1)}%`;
}
