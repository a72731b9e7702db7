// Sums of decimal hours, added the way SQLite's SUM() adds REAL values (Kahan-Babuska-Neumaier, SQLite
// 3.43 and later): the store computes compliance sums in SQL and the pure engine sums records itself,
// and both must give the same figure to the last bit. It is also closer to the exact decimal sum.

export interface RunningSum {
  sum: number;
  error: number;
}

export const runningSum = (): RunningSum => ({ sum: 0, error: 0 });

export function addTo(s: RunningSum, value: number): void {
  const t = s.sum + value;
  s.error += Math.abs(s.sum) > Math.abs(value) ? s.sum - t + value : value - t + s.sum;
  s.sum = t;
}

export const totalOf = (s: RunningSum): number => (Number.isFinite(s.error) ? s.sum + s.error : s.sum);
