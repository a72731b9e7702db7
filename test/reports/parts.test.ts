import { describe, expect, it } from 'vitest';
import type { ReportRow } from '../../shared/reports/model.ts';
import { splitTables, type TableSlice } from '../../shared/reports/parts.ts';

/** Rows whose first cells are the given subjects, e.g. rows('AAB') is two rows of A and one of B. */
const rows = (subjects: string): ReportRow[] => [...subjects].map((s, i) => ({ cells: [s, i] }));
/** Every row of every table in exactly one slice, in order. */
function covered(plan: TableSlice[][]): string {
  return plan
    .flat()
    .map((s) => `${s.section}:${s.start}-${s.end}`)
    .join(' ');
}

describe('splitting report tables into printed parts', () => {
  it('keeps short tables in one part and splits a long one after a whole subject', () => {
    const plan = splitTables([rows('ab'), undefined, rows('AABBBCCDDEEF')], 5);
    // 2 rows of the first table and 3 of the second fill a part, which runs on to the end of BBB; the
    // next 5 rows end inside EE, so that part runs on by one row.
    expect(plan.map((part) => part.map((s) => [s.section, s.start, s.end]))).toEqual([
      [
        [0, 0, 2],
        [2, 0, 5],
      ],
      [[2, 5, 11]],
      [[2, 11, 12]],
    ]);
  });

  it('runs past the nominal end rather than split one subject’s rows', () => {
    const plan = splitTables([rows('AAAAAAB')], 3);
    expect(covered(plan)).toBe('0:0-6 0:6-7');
    expect(plan).toHaveLength(2);
  });

  it('starts a table in a new part rather than leave its heading at the foot of a full part', () => {
    const plan = splitTables([rows('abcdefghijklmnopqrs'), rows('xyz')], 20);
    expect(plan).toEqual([[{ section: 0, start: 0, end: 19 }], [{ section: 1, start: 0, end: 3 }]]);
  });

  it('gives one part for a report without long tables and skips empty tables', () => {
    expect(splitTables([rows('abc'), [], undefined], 4000)).toEqual([[{ section: 0, start: 0, end: 3 }]]);
    expect(splitTables([undefined], 10)).toEqual([[]]);
    expect(() => splitTables([rows('a')], 0)).toThrow();
  });
});
