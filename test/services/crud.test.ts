import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBackend } from '../helpers.ts';

describe('records through the API', () => {
  let b: ReturnType<typeof tempBackend>;
  beforeEach(async () => {
    b = tempBackend();
    await b.invoke('institution.update', { name: '某市委党校', level: 'municipal', kind: 'party_school' });
    await b.invoke('semesters.create', { id: 'S', name: '2026年秋季学期', year: 2026, start: '2026-09-01', end: '2026-12-31' });
    await b.invoke('faculty.create', { id: 'F1', name: '张三', type: 'leader', title: '副市长', organization: null, tier: null });
    await b.invoke('courses.create', {
      id: 'C1', title: '党章党规', category: 'party_spirit', method: null, form: null,
      firstOfferedYear: 2026, revisedYears: [], isCase: false, retired: false,
    });
    await b.invoke('classes.create', {
      id: 'K1', name: '第1期中青班', semester: 'S', isMain: true, isPartySpirit: true,
      start: '2026-09-02', end: '2026-10-30', traineeCount: 40,
    });
  });
  afterEach(async () => {
    await b.dispose();
  });

  const session = { id: 'X1', class: 'K1', course: 'C1', date: '2026-09-03', start: '08:30', hours: 3, category: null, method: 'case' as const, form: null, lecturers: ['F1'] };

  it('creates, reads, updates, lists and deletes a session with its lecturers', async () => {
    await b.invoke('sessions.create', session);
    expect(await b.invoke('sessions.get', { id: 'X1' })).toEqual(session);
    await b.invoke('sessions.update', { ...session, hours: 2, lecturers: [] });
    expect(await b.invoke('sessions.get', { id: 'X1' })).toMatchObject({ hours: 2, lecturers: [] });
    expect((await b.invoke('sessions.list', { semester: 'S' })).total).toBe(1);
    expect((await b.invoke('sessions.list', { lecturer: 'F1' })).total).toBe(0);
    await b.invoke('sessions.delete', { id: 'X1' });
    expect((await b.call('sessions.get', { id: 'X1' })).ok).toBe(false);
  });

  it('refuses a session whose references do not exist, naming the field', async () => {
    const r = await b.call('sessions.create', { ...session, class: 'NOPE', lecturers: ['F9'] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.issues?.map((i) => i.path)).toEqual(['class', 'lecturers[0]']);
    expect(r.error.message).toMatch(/班次“NOPE”不存在/);
  });

  it('refuses to delete a course in use, and a class with sessions unless confirmed', async () => {
    await b.invoke('sessions.create', session);
    const course = await b.call('courses.delete', { id: 'C1' });
    expect(course.ok === false && course.error.code).toBe('IN_USE');
    const klass = await b.call('classes.delete', { id: 'K1' });
    expect(klass.ok === false && klass.error.message).toMatch(/1 个课次/);
    await b.invoke('classes.delete', { id: 'K1', cascade: true });
    expect((await b.invoke('sessions.list', {})).total).toBe(0);
    await b.invoke('courses.delete', { id: 'C1' });
  });

  it('refuses duplicates and missing records with Chinese messages', async () => {
    const dup = await b.call('faculty.create', { id: 'F1', name: '李四', type: 'expert', title: null, organization: null, tier: null });
    expect(dup.ok === false && dup.error).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/已存在/) });
    const missing = await b.call('faculty.update', { id: 'F404', name: '李四', type: 'expert', title: null, organization: null, tier: null });
    expect(missing.ok === false && missing.error).toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/不存在/) });
  });

  it('filters lists and searches by name', async () => {
    await b.invoke('faculty.create', { id: 'F2', name: '王五', type: 'fulltime', title: '教授', organization: '党史教研部', tier: '骨干' });
    expect((await b.invoke('faculty.list', { type: 'fulltime' })).rows.map((f) => f.id)).toEqual(['F2']);
    expect((await b.invoke('faculty.list', { q: '张' })).rows.map((f) => f.id)).toEqual(['F1']);
    expect((await b.invoke('faculty.list', { q: '%' })).total).toBe(0);
    expect((await b.invoke('classes.list', { semester: 'S', isPartySpirit: true })).total).toBe(1);
  });

  it('keeps a revision year list on courses and finds courses renewed in a year', async () => {
    await b.invoke('courses.create', {
      id: 'C2', title: '旧课', category: 'theory', method: 'lecture', form: 'classroom',
      firstOfferedYear: 2020, revisedYears: [2026, 2024], isCase: false, retired: false,
    });
    expect((await b.invoke('courses.get', { id: 'C2' })).revisedYears).toEqual([2024, 2026]);
    expect((await b.invoke('courses.list', { revisedYear: 2026 })).rows.map((c) => c.id)).toEqual(['C1', 'C2']);
    expect((await b.invoke('courses.list', { revisedYear: 2024 })).rows.map((c) => c.id)).toEqual(['C2']);
  });

  it('deletes a trainee with records only when confirmed', async () => {
    await b.invoke('trainees.create', { id: 'T1', name: '李四', group: 'H2', organization: '某县发改局', exempt: false });
    await b.invoke('trainingRecords.create', {
      id: 'R1', trainee: 'T1', date: '2026-09-03', hours: 3, days: 0.5, kind: 'concentrated',
      fullTime: true, theory: true, organizerLevel: 'municipal', class: 'K1',
    });
    expect((await b.call('trainees.delete', { id: 'T1' })).ok).toBe(false);
    await b.invoke('trainees.delete', { id: 'T1', cascade: true });
    expect((await b.invoke('trainingRecords.list', {})).total).toBe(0);
  });

  it('rejects unknown methods and malformed input without throwing', async () => {
    expect(await b.call('drop.tables', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await b.call('semesters.list', 'nonsense')).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await b.call('semesters.list', { limit: -1 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
