import { describe, expect, it } from 'vitest';
import { copyClass } from '../../shared/domain/planner/copy-class.ts';
import { weekdayOf } from '../../shared/domain/planner/dates.ts';
import { classes, courses, session } from './sample.ts';

const source = { ...classes[0]!, id: 'OLD', start: '2025-09-03', end: '2025-09-19' }; // a Wednesday
const target = classes[0]!; // starts Monday 2026-09-07
const sourceSessions = [
  session('s2', { class: 'OLD', course: 'C2', date: '2025-09-10', start: '14:30', lecturers: ['F1', 'F2'], method: 'seminar' }),
  session('s1', { class: 'OLD', course: 'C1', date: '2025-09-03' }),
  session('s3', { class: 'OLD', course: 'C3', date: '2025-09-04' }),
  session('s4', { class: 'OLD', course: 'C1', date: '2025-09-05' }),
];
const base = {
  source,
  sourceSessions,
  target,
  targetYear: 2026,
  targetSemesterStart: '2026-09-01',
  sourceSemesterStart: '2025-09-01',
  courses,
  offeredInYear: new Set<string>(),
  newId: (i: number) => `new-${i}`,
};

describe('copy a class', () => {
  it('keeps each session’s week and weekday from the class start, its lecturers and overrides', () => {
    const { sessions } = copyClass(base);
    expect(sessions.map((s) => [s.id, s.class, s.date, s.start])).toEqual([
      ['new-0', 'K1', '2026-09-09', '08:30'],
      ['new-1', 'K1', '2026-09-10', '08:30'],
      ['new-2', 'K1', '2026-09-11', '08:30'],
      ['new-3', 'K1', '2026-09-16', '14:30'],
    ]);
    for (let i = 0; i < sessions.length; i++)
      expect(weekdayOf(sessions[i]!.date)).toBe(weekdayOf([...sourceSessions].sort((a, b) => (a.date < b.date ? -1 : 1))[i]!.date));
    expect(sessions[3]).toMatchObject({ lecturers: ['F1', 'F2'], method: 'seminar' });
    expect(sourceSessions[0]!.class).toBe('OLD');
  });

  it('flags each course offered again without being new or revised in the target year, once', () => {
    const { renewalFlags } = copyClass(base);
    expect(renewalFlags).toEqual([
      { course: 'C1', title: '党史专题', reason: '2021年首次开设，2026年未作重大修订：再次开设会拉低2026年课程更新率' },
    ]);
  });

  it('does not flag a course already offered in a main class that year, nor anything for a non-main class', () => {
    expect(copyClass({ ...base, offeredInYear: new Set(['C1']) }).renewalFlags).toEqual([]);
    expect(copyClass({ ...base, target: { ...target, isMain: false } }).renewalFlags).toEqual([]);
  });
});
