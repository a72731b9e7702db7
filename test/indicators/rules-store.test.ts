// The school's rule set in the store: versions, the audit of each edit, refused concurrent edits, and
// every indicator answer stamped with the version that produced it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFixture, tempBackend } from '../helpers.ts';

const backend = tempBackend();
afterAll(() => backend.dispose());
beforeAll(async () => {
  await backend.invoke('exchange.import', { document: readFixture('provincial-small.json') });
});

describe('rule set versions', () => {
  it('starts with the built-in set as version 0', async () => {
    const current = await backend.invoke('rules.get', {});
    expect(current).toMatchObject({ version: 0, builtin: true, author: null });
    expect(current.ruleSet.teaching.map((r) => r.id)).toEqual(['T1a', 'T1b', 'T2', 'T3', 'T4a', 'T4b']);
    expect(current.ruleSet.trainee.map((r) => r.id)).toEqual(['H1', 'H2', 'P1', 'P2', 'P3', 'P4', 'G1', 'G2']);
    for (const r of [...current.ruleSet.teaching, ...current.ruleSet.renewal, ...current.ruleSet.trainee]) expect(r.source.clause).toMatch(/[\u4e00-\u9fff]/);
  });

  it('an edit makes version 1, audits who changed which rule from what to what, and changes the answers', async () => {
    const before = await backend.invoke('indicators.semester', { semester: '2026S' });
    expect(before.ruleSet.version).toBe(0);
    expect(before.indicators.find((i) => i.id === 'T4b')!.status).toBe('fail'); // 0.1505 < 0.20

    const { ruleSet } = await backend.invoke('rules.get', {});
    ruleSet.teaching.find((r) => r.id === 'T4b')!.threshold = 0.15;
    const saved = await backend.invoke('rules.update', { ruleSet, baseVersion: 0, author: '王教务', note: '按省委组织部通知调整' });
    expect(saved).toMatchObject({ version: 1, builtin: false, author: '王教务', note: '按省委组织部通知调整' });

    const after = await backend.invoke('indicators.semester', { semester: '2026S' });
    expect(after.ruleSet.version).toBe(1);
    expect(after.indicators.find((i) => i.id === 'T4b')).toMatchObject({ threshold: 0.15, status: 'pass' });

    const history = await backend.invoke('rules.history', {});
    expect(history.versions).toMatchObject([{ version: 1, author: '王教务', changes: 1 }]);
    expect(history.changes).toHaveLength(1);
    expect(history.changes[0]).toMatchObject({ version: 1, rule: 'T4b', change: 'changed', author: '王教务' });
    expect((history.changes[0]!.before as { threshold: number }).threshold).toBe(0.2);
    expect((history.changes[0]!.after as { threshold: number }).threshold).toBe(0.15);
  });

  it('adding a school’s own indicator is audited as added, and it is computed', async () => {
    const { ruleSet, version } = await backend.invoke('rules.get', {});
    const t4a = ruleSet.teaching.find((r) => r.id === 'T4a')!;
    ruleSet.teaching.push({ ...t4a, id: 'X1', label: '案例式教学比重（省定）', threshold: 0.2, source: { plan: '某省干部教育培训实施意见', clause: '案例式教学比重不低于20%' } });
    await backend.invoke('rules.update', { ruleSet, baseVersion: version, author: '王教务' });
    const history = await backend.invoke('rules.history', { rule: 'X1' });
    expect(history.changes).toMatchObject([{ version: 2, rule: 'X1', change: 'added', before: null }]);
    const answer = await backend.invoke('indicators.semester', { semester: '2026S' });
    expect(answer.indicators.find((i) => i.id === 'X1')).toMatchObject({ status: 'pass', threshold: 0.2 });
  });

  it('refuses an edit made from an older version instead of overwriting', async () => {
    const { ruleSet } = await backend.invoke('rules.get', {});
    await expect(backend.invoke('rules.update', { ruleSet, baseVersion: 0, author: '李四' })).rejects.toThrow(/已被他人修改/);
  });

  it('refuses an invalid rule set with the field named', async () => {
    const { ruleSet, version } = await backend.invoke('rules.get', {});
    ruleSet.teaching[0]!.threshold = 70;
    const r = await backend.call('rules.update', { ruleSet, baseVersion: version, author: '王教务' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/阈值应在 0 到 1 之间/);
  });

  it('saving an unchanged set makes no new version', async () => {
    const current = await backend.invoke('rules.get', {});
    const same = await backend.invoke('rules.update', { ruleSet: current.ruleSet, baseVersion: current.version, author: '王教务' });
    expect(same.version).toBe(current.version);
  });
});

describe('drill-down and filters over the store', () => {
  it('drills a figure down to its sessions, with the numerator’s share of each', async () => {
    const d = await backend.invoke('indicators.drilldown', { semester: '2026S', indicator: 'T3' });
    const figure = (await backend.invoke('indicators.semester', { semester: '2026S' })).indicators.find((i) => i.id === 'T3')!;
    expect(d.denominator).toBeCloseTo(figure.denominator!, 9);
    expect(d.numerator).toBeCloseTo(figure.numerator!, 9);
    expect(d.denominatorSessions).toHaveLength(d.sessions.length);
    expect(d.numeratorSessions.length).toBeLessThan(d.sessions.length);
    const oneClass = await backend.invoke('indicators.drilldown', { semester: '2026S', indicator: 'T3', class: d.sessions[0]!.class });
    expect(oneClass.sessions.every((s) => s.class === d.sessions[0]!.class)).toBe(true);
  });

  it('filters the compliance list by group, organisation and unmet only, with names', async () => {
    const all = await backend.invoke('indicators.compliance', { asOf: '2026-12-31' });
    expect(all.summary).toEqual({ trainees: 40, met: 9 });
    const p1 = await backend.invoke('indicators.compliance', { asOf: '2026-12-31', group: 'P1' });
    expect(p1.trainees.every((t) => t.group === 'P1')).toBe(true);
    expect(p1.trainees[0]!.name).toBeTruthy();
    const unmet = await backend.invoke('indicators.compliance', { asOf: '2026-12-31', unmetOnly: true });
    expect(unmet.summary).toEqual({ trainees: 31, met: 0 });
    const org = all.trainees[0]!.organization!;
    const byOrg = await backend.invoke('indicators.compliance', { asOf: '2026-12-31', organization: org });
    expect(byOrg.trainees.every((t) => t.organization === org)).toBe(true);
  });

  it('renewal detail lists the courses behind R1 and the online courses behind R2', async () => {
    const r = await backend.invoke('indicators.renewal', { year: 2026, detail: true });
    const [r1, r2] = r.indicators;
    expect(r1!.detail!.courses).toHaveLength(56);
    expect(r1!.detail!.courses!.filter((c) => c.renewed)).toHaveLength(14);
    expect(r2!.detail!.onlineCourses!.reduce((s, o) => s + o.hours, 0)).toBeCloseTo(95.5, 9);
  });
});
