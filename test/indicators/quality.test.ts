// Each data-quality check on hand-made records: what it finds, its severity, and the record it points to.
import { describe, expect, it } from 'vitest';
import { runQualityChecks } from '../../shared/domain/quality/run.ts';
import type { QualityInput } from '../../shared/domain/quality/input.ts';
import { builtinRuleSet } from '../../shared/domain/rules/builtin.ts';
import { course, faculty, klass, record, semester, session } from './build.ts';

const base = (o: Partial<QualityInput>): QualityInput => ({
  semester: semester(),
  classes: [klass('K', { start: '2026-03-02', end: '2026-06-30' })],
  sessions: [],
  otherSessions: [],
  otherClasses: [],
  courses: [course('C', { category: 'theory' })],
  faculty: [faculty('F', 'fulltime'), faculty('G', 'leader')],
  trainees: [],
  trainingRecords: [],
  ruleSet: builtinRuleSet(),
  ...o,
});
const found = (input: QualityInput, check: string) => runQualityChecks(input).findings.filter((f) => f.check === check);

describe('session checks', () => {
  it('a session dated outside its semester is an error; outside its class dates a warning', () => {
    const sessions = [
      session({ id: 'out', class: 'K', course: 'C', hours: 3, date: '2026-08-01', lecturers: ['F'] }),
      session({ id: 'early', class: 'K', course: 'C', hours: 3, date: '2026-03-01', lecturers: ['F'] }),
      session({ id: 'ok', class: 'K', course: 'C', hours: 3, date: '2026-03-02', lecturers: ['F'] }),
    ];
    const input = base({ sessions });
    expect(found(input, 'session_outside_semester')).toMatchObject([{ severity: 'error', record: { kind: 'session', id: 'out' } }]);
    expect(found(input, 'session_outside_semester')[0]!.message).toMatch(/不在2026年春季学期/);
    expect(found(input, 'session_outside_class').map((f) => f.record.id)).toEqual(['out', 'early']);
  });

  it('no lecturer and zero hours are warnings', () => {
    const input = base({ sessions: [session({ id: 'a', class: 'K', course: 'C', hours: 0, date: '2026-03-10' })] });
    expect(found(input, 'session_no_lecturer')).toMatchObject([{ severity: 'warning', record: { id: 'a' } }]);
    expect(found(input, 'zero_hours')).toMatchObject([{ severity: 'warning', record: { id: 'a' } }]);
  });
});

describe('time conflicts (1 学时 = 45 minutes by default)', () => {
  const at = (id: string, klassId: string, start: string | null, hours: number, lecturers = ['F']) =>
    session({ id, class: klassId, course: 'C', date: '2026-03-10', start, hours, lecturers });

  it('a lecturer in two classes whose spans overlap is an error; touching spans are not', () => {
    // 08:30 + 2 × 45 min = 10:00: a session at 10:00 touches; 08:00 + 45 min = 08:45 overlaps.
    const input = base({
      classes: [klass('K'), klass('L')],
      sessions: [at('a', 'K', '08:30', 2), at('b', 'L', '10:00', 2), at('c', 'L', '08:00', 1)],
    });
    const conflicts = found(input, 'lecturer_double_booked');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ severity: 'error', record: { id: 'a' }, related: [{ kind: 'session', id: 'c' }, { kind: 'faculty', id: 'F' }] });
    expect(conflicts[0]!.message).toMatch(/教师教师F同一时间重复排课/);
  });

  it('a longer 学时 in the rule set widens the span', () => {
    const ruleSet = { ...builtinRuleSet(), hourMinutes: 60 };
    const input = base({ ruleSet, classes: [klass('K'), klass('L')], sessions: [at('a', 'K', '08:30', 2), at('b', 'L', '10:00', 2)] });
    expect(found(input, 'lecturer_double_booked')).toHaveLength(1);
  });

  it('untimed sessions on the same date are a possible conflict (warning); untimed never conflicts with timed', () => {
    const input = base({ classes: [klass('K'), klass('L')], sessions: [at('a', 'K', null, 3), at('b', 'L', null, 3), at('c', 'L', '08:30', 3)] });
    expect(found(input, 'lecturer_double_booked')).toMatchObject([{ severity: 'warning', record: { id: 'a' }, related: [{ id: 'b' }, { id: 'F' }] }]);
  });

  it('a lecturer booked in another semester’s class at the same time counts too', () => {
    const input = base({ sessions: [at('a', 'K', '08:30', 3)], otherSessions: [at('x', 'Z', '09:00', 1)], otherClasses: [klass('Z', { semester: 'T' })] });
    expect(found(input, 'lecturer_double_booked')).toMatchObject([{ record: { id: 'a' }, related: [{ id: 'x' }, { id: 'F' }] }]);
  });

  it('two sessions of one class that overlap are an error, even with different lecturers', () => {
    const input = base({ sessions: [at('a', 'K', '08:30', 3, ['F']), at('b', 'K', '10:00', 3, ['G'])] });
    expect(found(input, 'class_sessions_overlap')).toMatchObject([{ severity: 'error', record: { id: 'a' }, related: [{ id: 'b' }, { kind: 'class', id: 'K' }] }]);
    expect(found(input, 'lecturer_double_booked')).toEqual([]);
  });
});

describe('catalog checks', () => {
  it('a class with no sessions, and a course without category that sessions rely on', () => {
    const input = base({
      classes: [klass('K'), klass('E', { isPartySpirit: true })],
      courses: [course('N'), course('M')],
      sessions: [session({ class: 'K', course: 'N', hours: 3, lecturers: ['F'] }), session({ class: 'K', course: 'M', hours: 3, category: 'theory', lecturers: ['F'] })],
    });
    expect(found(input, 'class_no_sessions')).toMatchObject([{ severity: 'warning', record: { kind: 'class', id: 'E' } }]);
    expect(found(input, 'course_no_category')).toMatchObject([
      { severity: 'warning', record: { kind: 'course', id: 'N' } },
      { severity: 'info', record: { kind: 'course', id: 'M' } },
    ]);
  });
});

describe('trainee checks', () => {
  const trainee = (id: string, group: string | null, exempt = false) => ({ id, name: `学员${id}`, group, organization: null, exempt });

  it('no group is a warning, an unknown group an error, exempt in a rule that allows none is noted', () => {
    const input = base({ trainees: [trainee('A', null), trainee('B', 'ZZ'), trainee('C', 'H2', true), trainee('D', 'P1', true)] });
    expect(found(input, 'trainee_group').map((f) => [f.record.id, f.severity])).toEqual([
      ['B', 'error'],
      ['A', 'warning'],
      ['C', 'info'],
    ]);
  });

  it('a record no check of the trainee’s rule counts', () => {
    const input = base({
      trainees: [trainee('P', 'P1'), trainee('H', 'H2')],
      trainingRecords: [
        record({ id: 'old', trainee: 'P', date: '2023-12-31', hours: 3 }), // before P1's window
        record({ id: 'in', trainee: 'P', date: '2024-01-01', hours: 3 }),
        record({ id: 'web', trainee: 'H', date: '2026-01-01', hours: 3, kind: 'online_self' }), // H2 counts concentrated only
      ],
    });
    expect(found(input, 'record_outside_window').map((f) => [f.record.kind, f.record.id, f.severity])).toEqual([
      ['trainingRecord', 'old', 'info'],
      ['trainingRecord', 'web', 'info'],
    ]);
  });
});

describe('the report', () => {
  it('lists every check that ran with its count, errors first, and a summary per severity', () => {
    const report = runQualityChecks(base({ sessions: [session({ class: 'K', course: 'C', hours: 0, date: '2026-08-01' })] }));
    expect(report.checks).toHaveLength(10);
    expect(report.checks.find((c) => c.id === 'zero_hours')).toEqual({ id: 'zero_hours', label: '课次学时为 0', findings: 1 });
    expect(report.findings[0]!.severity).toBe('error');
    expect(report.summary).toEqual({ error: 1, warning: 3, info: 0 });
  });
});
