// The catalog methods against the public fixture: usage, revisions, workload, leading cadres, semester totals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFixture, tempBackend } from './helpers.ts';

type Doc = {
  sessions: { id: string; class: string; course: string; hours: number; lecturers?: string[] }[];
  classes: { id: string; semester: string; isMain: boolean }[];
  faculty: { id: string; type: string }[];
};

describe('catalog methods', () => {
  const backend = tempBackend();
  const doc = readFixture('provincial-small.json') as unknown as Doc;
  const expected = readFixture('provincial-small.expected.json') as {
    indicators: Record<string, { T3: { numerator?: number; denominator?: number } }>;
  };

  beforeAll(async () => {
    await backend.invoke('exchange.import', { document: doc });
  });
  afterAll(() => backend.dispose());

  it('totals every semester from its classes and sessions', async () => {
    const rows = await backend.invoke('semesters.summary', {});
    expect(rows.reduce((n, r) => n + r.sessions, 0)).toBe(doc.sessions.length);
    expect(rows.reduce((n, r) => n + r.classes, 0)).toBe(doc.classes.length);
    const semesterOf = new Map(doc.classes.map((c) => [c.id, c.semester]));
    for (const r of rows) {
      const hours = doc.sessions.filter((s) => semesterOf.get(s.class) === r.id).reduce((h, s) => h + s.hours, 0);
      expect(r.hours).toBeCloseTo(hours, 6);
    }
  });

  it("counts leading cadres' main-class hours as T3's numerator", async () => {
    const stats = await backend.invoke('faculty.leaderStats', {});
    for (const [semester, ind] of Object.entries(expected.indicators)) {
      const s = stats.find((x) => x.semester === semester)!;
      expect(s.leaderMainHours).toBeCloseTo(ind.T3.numerator!, 6);
      expect(s.mainHours).toBeCloseTo(ind.T3.denominator!, 6);
    }
  });

  it('splits a shared session between its lecturers in the workload', async () => {
    const lecturer = doc.faculty[0]!.id;
    const rows = await backend.invoke('faculty.workload', { id: lecturer });
    const mine = doc.sessions.filter((s) => s.lecturers?.includes(lecturer));
    expect(rows.reduce((n, r) => n + r.sessions, 0)).toBe(mine.length);
    const share = mine.reduce((h, s) => h + s.hours / s.lecturers!.length, 0);
    expect(rows.reduce((h, r) => h + r.hours, 0)).toBeCloseTo(share, 6);
  });

  it('lists where a course is used', async () => {
    const course = doc.sessions[0]!.course;
    const usage = await backend.invoke('courses.usage', { id: course });
    const mine = doc.sessions.filter((s) => s.course === course);
    expect(usage.classes.reduce((n, c) => n + c.sessions, 0)).toBe(mine.length);
    expect(usage.years.reduce((n, y) => n + y.sessions, 0)).toBe(mine.length);
    expect(new Set(usage.classes.map((c) => c.class))).toEqual(new Set(mine.map((s) => s.class)));
  });

  it('records, rewrites and removes a substantial revision', async () => {
    const course = doc.sessions[0]!.course;
    await backend.invoke('courses.recordRevision', { course, year: 2026, date: '2026-02-01', note: '增加案例' });
    await backend.invoke('courses.recordRevision', { course, year: 2026, date: '2026-02-03', note: '改写第三讲' });
    expect(await backend.invoke('courses.revisions', { id: course })).toContainEqual({ year: 2026, date: '2026-02-03', note: '改写第三讲' });
    expect((await backend.invoke('courses.get', { id: course })).revisedYears).toContain(2026);
    // An ordinary edit of the course keeps the note of a year it still lists.
    const c = await backend.invoke('courses.get', { id: course });
    await backend.invoke('courses.update', { ...c, title: `${c.title}（修订）` });
    expect(await backend.invoke('courses.revisions', { id: course })).toContainEqual({ year: 2026, date: '2026-02-03', note: '改写第三讲' });
    expect(await backend.invoke('courses.removeRevision', { course, year: 2026 })).toEqual({ course, year: 2026, removed: true });
    expect((await backend.invoke('courses.get', { id: course })).revisedYears).not.toContain(2026);
  });

  it('refuses a revision of a course that does not exist', async () => {
    const result = await backend.call('courses.recordRevision', { course: 'NOPE', year: 2026, date: null, note: null });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
