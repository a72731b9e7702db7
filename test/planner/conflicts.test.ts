import { describe, expect, it } from 'vitest';
import { detectConflicts, nearestFreeSlot } from '../../shared/domain/planner/conflicts.ts';
import { namesFrom } from '../../shared/domain/planner/describe.ts';
import { DEFAULT_TIMETABLE_SETTINGS as S } from '../../shared/domain/planner/slots.ts';
import type { Session } from '../../shared/domain/types.ts';
import { classes, courses, faculty, semester, session } from './sample.ts';

const names = namesFrom({ courses, classes, faculty });
const check = (sessions: Session[]) => detectConflicts(S, { semester, classes, sessions, names });

describe('conflict detection', () => {
  it('finds nothing in a clean plan, and back-to-back sessions do not collide', () => {
    expect(check([session('a'), session('b', { start: '10:45' }), session('c', { class: 'K2', lecturers: ['F2'] })])).toEqual([]);
  });

  it('reports a lecturer booked in two classes at once, with a move to the nearest free slot and 更换教师', () => {
    const found = check([session('a'), session('b', { class: 'K2', start: '10:00', hours: 2 })]);
    expect(found).toHaveLength(1);
    const [c] = found;
    expect(c!.kind).toBe('lecturer_double');
    expect(c!.sessions).toEqual(['a', 'b']);
    expect(c!.message).toContain('教师张三');
    expect(c!.message).toContain('中青班');
    expect(c!.message).toContain('党性班');
    expect(c!.fixes[0]).toMatchObject({ kind: 'move', session: 'b', date: '2026-09-07', start: '14:30' });
    expect(c!.fixes[0]!.label).toContain('移到空闲时段');
    expect(c!.fixes[1]).toMatchObject({ kind: 'edit_lecturers', session: 'b', label: '更换教师' });
  });

  it('reports overlapping sessions in one class once, even with the same lecturer', () => {
    const found = check([session('a'), session('b', { start: '09:00' })]);
    expect(found.map((c) => c.kind)).toEqual(['class_overlap']);
    expect(found[0]!.message).toContain('时间重叠');
  });

  it('the suggested slot is free for the class and for the lecturer in every class', () => {
    const sessions = [
      session('a'),
      session('b', { start: '09:00' }),
      session('c', { class: 'K2', start: '14:30' }), // F1 busy in K2 on Monday afternoon
      session('d', { start: '19:00', lecturers: ['F2'] }), // K1 busy on Monday evening
    ];
    const fix = check(sessions).find((c) => c.kind === 'class_overlap')!.fixes[0]!;
    // Same slot next day keeps its own start time (09:00).
    expect(fix).toMatchObject({ kind: 'move', session: 'b', date: '2026-09-08', start: '09:00' });
  });

  it('a session without start time occupies the whole day', () => {
    expect(check([session('a'), session('b', { class: 'K2', start: null })]).map((c) => c.kind)).toEqual(['lecturer_double']);
  });

  it('reports sessions outside the class dates, or the semester dates when the class has none, with a move inside', () => {
    const found = check([session('a', { date: '2026-09-05' }), session('b', { class: 'K3', date: '2027-01-04' })]);
    expect(found.map((c) => c.kind)).toEqual(['outside_class', 'outside_semester']);
    expect(found[0]!.message).toContain('早于开班 2 天');
    expect(found[0]!.fixes[0]).toMatchObject({ date: '2026-09-07', start: '08:30' });
    expect(found[1]!.fixes[0]).toMatchObject({ date: '2026-12-31' });
  });

  it('reports a session without lecturer with a fix to pick one', () => {
    const found = check([session('a', { lecturers: [] })]);
    expect(found).toEqual([
      expect.objectContaining({ kind: 'no_lecturer', sessions: ['a'], fixes: [expect.objectContaining({ kind: 'edit_lecturers' })] }),
    ]);
    expect(found[0]!.message).toContain('未安排授课教师');
  });

  it('prefers weekdays: a Friday afternoon conflict in a full week moves to the next Monday, not Saturday', () => {
    const busy: Session[] = [];
    for (const start of ['08:30', '14:30', '19:00'])
      for (const date of ['2026-09-11', '2026-09-10', '2026-09-09', '2026-09-08', '2026-09-07'])
        busy.push(session(`${date}-${start}`, { date, start }));
    const extra = session('x', { date: '2026-09-11', start: '14:30', lecturers: ['F2'] });
    const free = nearestFreeSlot(S, { semester, classes, sessions: [...busy, extra], names }, extra);
    expect(free).toMatchObject({ date: '2026-09-14', start: '08:30' });
  });

  it('offers no move when the class has no free slot', () => {
    const cls = [{ ...classes[0]!, start: '2026-09-07', end: '2026-09-07' }];
    const sessions = [session('a'), session('b', { start: '14:30' }), session('c', { start: '19:00' }), session('d', { start: '09:00' })];
    const found = detectConflicts(S, { semester, classes: cls, sessions, names });
    expect(found[0]!.kind).toBe('class_overlap');
    expect(found[0]!.fixes).toEqual([]);
  });
});
