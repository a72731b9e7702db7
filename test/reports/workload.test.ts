import { describe, expect, it } from 'vitest';
import type { Faculty, Session } from '../../shared/domain/types.ts';
import { computeWorkload } from '../../shared/reports/workload.ts';

const f = (id: string, type: Faculty['type']): Faculty => ({ id, name: id, type, title: null, organization: null, tier: null });
const s = (id: string, klass: string, hours: number, lecturers: string[]): Session => ({
  id, class: klass, course: 'C1', date: '2026-03-03', start: null, hours, category: null, method: null, form: null, lecturers,
});

describe('teaching workload', () => {
  it('splits a co-taught session equally, counts unassigned hours in the total only, and sums per type', () => {
    const w = computeWorkload(
      [s('S1', 'K1', 3, ['A', 'B']), s('S2', 'K2', 3, ['A']), s('S3', 'K1', 1.5, []), s('S4', 'K1', 2, ['B', 'GHOST'])],
      [f('A', 'leader'), f('B', 'fulltime')],
    );
    expect(w.totalHours).toBe(9.5);
    expect(w.unassigned).toEqual({ sessions: 1, hours: 1.5 });
    expect(w.unknownLecturers).toEqual(['GHOST']);
    expect(w.lecturers.map((l) => [l.faculty, l.hours, l.sessions, l.coTaughtSessions, l.classes])).toEqual([
      ['A', 4.5, 2, 1, 2],
      ['B', 3.5, 2, 1, 1],
    ]);
    const leader = w.types.find((t) => t.type === 'leader')!;
    expect(leader).toEqual({ type: 'leader', lecturers: 1, hours: 4.5, sessions: 2, share: 4.5 / 9.5 });
    expect(w.types.find((t) => t.type === 'expert')).toEqual({ type: 'expert', lecturers: 0, hours: 0, sessions: 0, share: 0 });
  });
});
