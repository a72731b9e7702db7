import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILTIN_RULE_SET } from '../../shared/domain/rules/builtin.ts';
import { detectConflicts } from '../../shared/domain/planner/conflicts.ts';
import { liveIndicators } from '../../shared/domain/planner/live-indicators.ts';
import { DEFAULT_TIMETABLE_SETTINGS } from '../../shared/domain/planner/slots.ts';
import type { Session } from '../../shared/domain/types.ts';
import { readFixture, tempBackend } from '../helpers.ts';

const expected = readFixture('provincial-small.expected.json') as {
  indicators: Record<string, Record<string, { value?: number; status: string }>>;
  renewal: Record<string, Record<string, { value?: number; status: string }>>;
};

describe('planner API on a real store', () => {
  let b: ReturnType<typeof tempBackend>;
  beforeEach(async () => {
    b = tempBackend();
    await b.invoke('exchange.import', { document: readFixture('provincial-small.json') });
  });
  afterEach(async () => {
    await b.dispose();
  });

  const sessionRows = () => b.store.sqlite.prepare('SELECT COUNT(*) FROM sessions').pluck().get();

  it('loads a semester’s snapshot, on which the engine gives the published answers', async () => {
    const snap = await b.invoke('planner.load', { semester: '2026A' });
    expect(snap.semester.name).toBe('2026年秋季学期');
    expect(snap.classes.map((c) => c.id)).toEqual(['K00013', 'K00014', 'K00015', 'K00016']);
    expect(snap.sessions.every((s) => snap.classes.some((c) => c.id === s.class))).toBe(true);
    expect(snap.renewal.semesters.map((s) => s.id).sort()).toEqual(['2025A', '2025S', '2026S']);
    expect(snap.ruleSet).toEqual(BUILTIN_RULE_SET);
    const live = liveIndicators(snap, snap.sessions, snap.ruleSet);
    for (const r of live.semester.indicators) {
      const want = expected.indicators['2026A']![r.id]!;
      expect(r.status, r.id).toBe(want.status);
      if (want.value !== undefined) expect(r.value, r.id).toBeCloseTo(want.value, 10);
    }
    const r1 = live.renewal.find((r) => r.id === 'R1')!;
    expect(r1.value).toBeCloseTo(expected.renewal['2026']!.R1!.value!, 10);
  });

  it('lists the same session problems as the semester’s data-quality report', async () => {
    const snap = await b.invoke('planner.load', { semester: '2026A' });
    const conflicts = detectConflicts(DEFAULT_TIMETABLE_SETTINGS, snap);
    const report = await b.invoke('quality.check', { semester: '2026A' });
    const kinds = new Set(conflicts.map((c) => c.kind as string));
    const fromReport = report.findings.filter((f) => kinds.has(f.check)).map((f) => f.message);
    expect(conflicts.length).toBeGreaterThan(0);
    // Every planner conflict is a report finding; the report adds only same-class lecturer duplicates.
    for (const c of conflicts) expect(fromReport).toContain(c.message);
    const sameClassDuplicates = report.findings.filter(
      (f) => f.check === 'lecturer_double_booked' && !conflicts.some((c) => c.message === f.message),
    );
    expect(conflicts.length + sameClassDuplicates.length).toBe(fromReport.length);
  });

  it('applies a draft’s creates, updates and deletes in one call', async () => {
    const snap = await b.invoke('planner.load', { semester: '2026A' });
    const [first, second] = snap.sessions as [Session, Session];
    const before = sessionRows();
    const result = await b.invoke('planner.apply', {
      semester: '2026A',
      creates: [{ ...first, id: 'S-new', date: '2026-10-12', lecturers: ['F0001', 'F0002'] }],
      updates: [{ ...first, method: 'case', lecturers: ['F0003'] }],
      deletes: [second.id],
    });
    expect(result).toEqual({ created: 1, updated: 1, deleted: 1 });
    expect(sessionRows()).toBe(before);
    const after = await b.invoke('planner.load', { semester: '2026A' });
    const byId = new Map(after.sessions.map((s) => [s.id, s]));
    expect(byId.get(first.id)).toMatchObject({ method: 'case', lecturers: ['F0003'] });
    expect(byId.get('S-new')).toMatchObject({ date: '2026-10-12', lecturers: ['F0001', 'F0002'] });
    expect(byId.has(second.id)).toBe(false);
  });

  it('refuses the whole batch when one session is wrong, naming the session and the field', async () => {
    const snap = await b.invoke('planner.load', { semester: '2026A' });
    const [first, second] = snap.sessions as [Session, Session];
    const dump = () => JSON.stringify(b.store.sqlite.prepare('SELECT * FROM sessions ORDER BY id').all());
    const before = dump();
    const result = await b.call('planner.apply', {
      semester: '2026A',
      creates: [{ ...first, id: 'S-ok', date: '2026-10-12' }],
      updates: [
        { ...first, hours: -1 },
        { ...second, course: 'C-missing', lecturers: ['F-missing'] },
      ],
      deletes: ['S-nowhere'],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    const paths = result.error.issues!.map((i) => i.path);
    expect(paths).toEqual(['updates[0].hours', 'updates[1].course', 'updates[1].lecturers[0]', 'deletes[0]']);
    expect(result.error.issues![0]!.message).toBe(`课次“${first.id}”的学时：不能为负数`);
    expect(result.error.message).toContain(`课次“${second.id}”的课程“C-missing”不在课程库中`);
    expect(result.error.message).toContain('课次“S-nowhere”不存在');
    expect(dump()).toBe(before);
  });

  it('refuses sessions of another semester’s class and duplicate ids', async () => {
    const snap = await b.invoke('planner.load', { semester: '2026A' });
    const s = snap.sessions[0]!;
    const other = await b.invoke('sessions.list', { semester: '2025A', limit: 1 });
    const result = await b.call('planner.apply', {
      semester: '2026A',
      creates: [{ ...s }, { ...s, id: 'S-x', class: 'K00001' }],
      updates: [other.rows[0]!],
      deletes: [s.id],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const messages = result.error.issues!.map((i) => i.message);
    expect(messages).toContain(`课次“${s.id}”已存在，不能重复新建`);
    expect(messages.some((m) => m.includes('不是2026年秋季学期的班次'))).toBe(true);
    expect(messages).toContain(`课次“${other.rows[0]!.id}”不属于2026年秋季学期`);
    expect(messages).toContain(`课次“${s.id}”在本次保存中出现了不止一次`);
  });

  it('prepares a class copy from last year with weekdays kept, lecturers kept and renewal flags', async () => {
    const classes = await b.invoke('classes.list', { limit: 100 });
    const source = classes.rows.find((c) => c.semester === '2025A' && c.isMain)!;
    const target = classes.rows.find((c) => c.semester === '2026A' && c.isMain)!;
    const sourceSessions = await b.invoke('sessions.list', { class: source.id, limit: 1000 });
    const copy = await b.invoke('planner.copyClass', { source: source.id, target: target.id });
    expect(copy.sessions).toHaveLength(sourceSessions.total);
    expect(copy.shiftDays % 7).toBe(0);
    expect(new Set(copy.sessions.map((s) => s.class))).toEqual(new Set([target.id]));
    expect(copy.sessions.every((s) => !sourceSessions.rows.some((o) => o.id === s.id))).toBe(true);
    const lecturers = (list: { lecturers: string[] }[]) => list.map((s) => s.lecturers.join(',')).sort();
    expect(lecturers(copy.sessions)).toEqual(lecturers(sourceSessions.rows));
    for (const f of copy.renewalFlags) expect(f.reason).toContain('拉低2026年课程更新率');
    // Nothing is written: the planner adds the copy to its draft.
    expect((await b.invoke('sessions.list', { class: target.id, limit: 1000 })).rows.some((s) => s.id.startsWith('S-'))).toBe(false);
    // Applying it through the draft path writes it.
    const applied = await b.invoke('planner.apply', { semester: '2026A', creates: copy.sessions });
    expect(applied.created).toBe(copy.sessions.length);
  });
});
