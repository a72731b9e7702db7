// The engine adds hours as SQLite's SUM() does, so sums from SQL and from loaded records agree exactly.
import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { addTo, runningSum, totalOf } from '../../shared/domain/indicators/compensated-sum.ts';

const sumOf = (values: number[]) => {
  const s = runningSum();
  for (const v of values) addTo(s, v);
  return totalOf(s);
};

describe('compensated sum', () => {
  it('ten tenths make one, where plain addition gives 0.9999999999999999', () => {
    const tenths = Array.from({ length: 10 }, () => 0.1);
    expect(tenths.reduce((a, b) => a + b, 0)).not.toBe(1);
    expect(sumOf(tenths)).toBe(1);
    expect(sumOf([])).toBe(0);
  });

  it('equals SQLite SUM() over REAL values to the last bit', () => {
    const db = new SQLite(':memory:');
    db.exec('CREATE TABLE t (g INTEGER, v REAL) STRICT');
    const insert = db.prepare('INSERT INTO t VALUES (?, ?)');
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const groups: number[][] = Array.from({ length: 50 }, () => []);
    for (let i = 0; i < 5000; i++) {
      const g = Math.floor(next() * 50);
      const v = Math.round(next() * 1000) / [1, 10, 100, 3][i % 4]!;
      groups[g]!.push(v);
      insert.run(g, v);
    }
    const rows = db.prepare('SELECT g, SUM(v) FROM (SELECT g, v FROM t ORDER BY rowid) GROUP BY g ORDER BY g').raw().all() as [number, number][];
    expect(rows).toHaveLength(50);
    for (const [g, sum] of rows) expect(sumOf(groups[g]!)).toBe(sum);
    db.close();
  });
});
