import { describe, expect, it } from 'vitest';
import { detectConflicts, fixesFor, nearestFreeSlot, type ConflictInput } from '../../shared/domain/planner/conflicts.ts';
import { DEFAULT_TIMETABLE_SETTINGS as S } from '../../shared/domain/planner/slots.ts';
import type { Session } from '../../shared/domain/types.ts';
import { classes, faculty, semester, session } from './sample.ts';

const input = (sessions: Session[], other: Partial<ConflictInput> = {}): ConflictInput => ({
  semester,
  classes,
  sessions,
  otherSessions: [],
  otherClasses: [],
  faculty,
  ...other,
});
const check = (sessions: Session[], other: Partial<ConflictInput> = {}) => detectConflicts(S, input(sessions, other));

describe('planner conflicts (over the data-quality checks)', () => {
  it('finds nothing in a clean plan, and back-to-back sessions do not collide', () => {
    expect(check([session('a'), session('b', { start: '10:45' }), session('c', { class: 'K2', lecturers: ['F2'] })])).toEqual([]);
  });

  it('reports a lecturer booked in two classes at once, with a move to the nearest free slot and 更换教师', () => {
    const found = check([session('a'), session('b', { class: 'K2', start: '10:00', hours: 2 })]);
    expect(found).toHaveLength(1);
    const [c] = found;
    expect(c!.kind).toBe('lecturer_double_booked');
    expect(c!.severity).toBe('error');
    expect(c!.sessions).toEqual(['a', 'b']);
    expect(c!.message).toContain('教师张三');
    expect(c!.fixes[0]).toMatchObject({ kind: 'move', session: 'a' });
    expect(c!.fixes[0]!.label).toContain('移到空闲时段');
    expect(c!.fixes.at(-1)).toMatchObject({ kind: 'edit', session: 'a', label: '更换教师' });
  });

  it('counts sessions of other semesters dated within this one for lecturer clashes', () => {
    const other = session('x', { class: 'OLD', start: '09:00' });
    const oldClass = { ...classes[0]!, id: 'OLD', semester: '2026S', name: '春季班' };
    const found = check([session('a')], { otherSessions: [other], otherClasses: [oldClass] });
    expect(found.map((c) => c.kind)).toEqual(['lecturer_double_booked']);
    expect(found[0]!.message).toContain('春季班');
    // The suggested slot avoids the other semester's session too.
    expect(found[0]!.fixes[0]).toMatchObject({ date: '2026-09-07', start: '14:30' });
  });

  it('moves the later of two overlapping sessions of one class, to a slot free for the class and the lecturer', () => {
    const sessions = [
      session('b', { start: '09:00' }),
      session('a'),
      session('c', { class: 'K2', start: '14:30' }), // F1 busy in K2 on Monday afternoon
      session('d', { start: '19:00', lecturers: ['F2'] }), // K1 busy on Monday evening
    ];
    const c = check(sessions).find((x) => x.kind === 'class_sessions_overlap')!;
    expect(c.message).toContain('时间重叠');
    expect(c.sessions).toEqual(['b', 'a']);
    // Same slot on the next day keeps its own start time (09:00).
    expect(c.fixes[0]).toMatchObject({ kind: 'move', session: 'b', date: '2026-09-08', start: '09:00' });
  });

  it('an untimed session collides with nothing timed; two untimed ones are a possible conflict', () => {
    expect(check([session('a'), session('b', { class: 'K2', start: null })])).toEqual([]);
    const found = check([session('a', { start: null }), session('b', { class: 'K2', start: null })]);
    expect(found).toEqual([expect.objectContaining({ kind: 'lecturer_double_booked', severity: 'warning' })]);
  });

  it('reports sessions outside the class dates or the semester, with a move inside', () => {
    const found = check([session('a', { date: '2026-09-05' }), session('b', { class: 'K3', date: '2027-01-04' })]);
    expect(found.map((c) => c.kind).sort()).toEqual(['session_outside_class', 'session_outside_semester']);
    expect(found.find((c) => c.kind === 'session_outside_class')!.fixes[0]).toMatchObject({ date: '2026-09-07', start: '08:30' });
    expect(found.find((c) => c.kind === 'session_outside_semester')!.fixes[0]).toMatchObject({ date: '2026-12-31' });
  });

  it('reports a session without lecturer or hours with a fix to edit it', () => {
    const found = check([session('a', { lecturers: [] }), session('b', { start: '14:30', hours: 0 })]);
    expect(found.map((c) => [c.kind, c.fixes.map((f) => f.label)])).toEqual([
      ['session_no_lecturer', ['指定教师']],
      ['zero_hours', ['修改学时']],
    ]);
  });

  it('prefers weekdays: a Friday afternoon conflict in a full week moves to the next Monday, not Saturday', () => {
    const busy: Session[] = [];
    for (const start of ['08:30', '14:30', '19:00'])
      for (const date of ['2026-09-11', '2026-09-10', '2026-09-09', '2026-09-08', '2026-09-07'])
        busy.push(session(`${date}-${start}`, { date, start }));
    const extra = session('x', { date: '2026-09-11', start: '14:30', lecturers: ['F2'] });
    expect(nearestFreeSlot(S, input([...busy, extra]), extra)).toMatchObject({ date: '2026-09-14', start: '08:30' });
  });

  it('can leave the fixes out, and fixesFor gives the same fixes on request', () => {
    const sessions = [session('a'), session('b', { class: 'K2', start: '10:00', hours: 2 }), session('c', { start: '14:30', lecturers: [] })];
    const full = check(sessions);
    const bare = detectConflicts(S, input(sessions), { fixes: false });
    expect(bare.map((c) => c.fixes)).toEqual(full.map(() => []));
    expect(bare.map((c) => fixesFor(S, input(sessions), c))).toEqual(full.map((c) => c.fixes));
  });

  it('offers no move when the class has no free slot', () => {
    const cls = [{ ...classes[0]!, start: '2026-09-07', end: '2026-09-07' }];
    const sessions = [session('a'), session('b', { start: '14:30' }), session('c', { start: '19:00' }), session('d', { start: '09:00' })];
    const found = check(sessions, { classes: cls });
    expect(found[0]!.kind).toBe('class_sessions_overlap');
    expect(found[0]!.fixes).toEqual([]);
  });
});
