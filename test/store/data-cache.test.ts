// Answers kept until the data changes: a write on the store's own connection, a commit by another
// connection (another process, a restore) and a rolled-back transaction each show up at once.
import SQLite from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { currentRuleSet } from '../../electron/backend/services/rule-sets.ts';
import { cachedUntilChange } from '../../electron/backend/store/data-cache.ts';
import { tempBackend } from '../helpers.ts';

describe('cachedUntilChange', () => {
  let b: ReturnType<typeof tempBackend>;
  let computed = 0;
  const count = () =>
    cachedUntilChange(b.store.sqlite, 'test:semesters', () => {
      computed++;
      return b.store.sqlite.prepare('SELECT count(*) FROM semesters').pluck().get() as number;
    });
  beforeEach(() => {
    b = tempBackend();
    computed = 0;
  });
  afterEach(() => b.dispose());

  it('answers from the cache until a write on the same connection', () => {
    expect([count(), count(), count()]).toEqual([0, 0, 0]);
    expect(computed).toBe(1);
    b.store.sqlite.prepare(`INSERT INTO semesters (id, name, year, start_date, end_date) VALUES ('S', '学期', 2026, '2026-03-01', '2026-07-15')`).run();
    expect(count()).toBe(1);
    expect(computed).toBe(2);
  });

  it('sees a commit by another connection to the same file', () => {
    expect(count()).toBe(0);
    const other = new SQLite(join(b.dir, 'store.sqlite'));
    other.prepare(`INSERT INTO semesters (id, name, year, start_date, end_date) VALUES ('S', '学期', 2026, '2026-03-01', '2026-07-15')`).run();
    other.close();
    expect(count()).toBe(1);
  });

  it('keeps nothing read inside a transaction, which may yet roll back', () => {
    expect(count()).toBe(0);
    b.store.sqlite.exec('BEGIN');
    b.store.sqlite.prepare(`INSERT INTO semesters (id, name, year, start_date, end_date) VALUES ('S', '学期', 2026, '2026-03-01', '2026-07-15')`).run();
    expect(count()).toBe(1);
    b.store.sqlite.exec('ROLLBACK');
    expect(count()).toBe(0);
    expect(computed).toBe(3);
  });
});

describe('cached answers through the API follow every edit', () => {
  let b: ReturnType<typeof tempBackend>;
  beforeEach(async () => {
    b = tempBackend();
    await b.invoke('institution.update', { name: '某省委党校', level: 'provincial', kind: 'party_school' });
    await b.invoke('semesters.create', { id: 'S', name: '2026年秋季学期', year: 2026, start: '2026-09-01', end: '2026-12-31' });
    await b.invoke('courses.create', {
      id: 'C1', title: '党章党规', category: 'party_spirit', method: null, form: null,
      firstOfferedYear: 2026, revisedYears: [], isCase: false, retired: false,
    });
    await b.invoke('classes.create', {
      id: 'K1', name: '第1期中青班', semester: 'S', isMain: true, isPartySpirit: true,
      start: '2026-09-02', end: '2026-10-30', traineeCount: 40,
    });
  });
  afterEach(() => b.dispose());

  const session = { id: 'X1', class: 'K1', course: 'C1', date: '2026-09-03', start: '08:30', hours: 3, category: null, method: null, form: null, lecturers: [] };
  const t1b = async () => (await b.invoke('indicators.semester', { semester: 'S' })).indicators.find((i) => i.id === 'T1b');

  it('app.info counts and the semester indicators change with the next call', async () => {
    expect((await b.invoke('app.info', {})).counts.sessions).toBe(0);
    expect(await t1b()).toMatchObject({ status: 'no_data' });
    await b.invoke('sessions.create', session);
    expect((await b.invoke('app.info', {})).counts.sessions).toBe(1);
    expect(await t1b()).toMatchObject({ value: 1, numerator: 3, denominator: 3 });
    await b.invoke('sessions.create', { ...session, id: 'X2', hours: 1, category: 'theory' });
    expect(await t1b()).toMatchObject({ value: 0.75, numerator: 3, denominator: 4 });
    await b.invoke('sessions.delete', { id: 'X1' });
    expect((await b.invoke('app.info', {})).counts.sessions).toBe(1);
    expect(await t1b()).toMatchObject({ value: 0, numerator: 0, denominator: 1 });
  });
});

describe('the rule set in force, kept until the data changes', () => {
  let b: ReturnType<typeof tempBackend>;
  beforeEach(() => {
    b = tempBackend();
  });
  afterEach(() => b.dispose());

  it('is read once, shared frozen, and answered to the editor as a copy of its own', async () => {
    const kept = currentRuleSet(b.store);
    expect(currentRuleSet(b.store)).toBe(kept);
    expect(Object.isFrozen(kept.ruleSet.teaching[0]!.numerator)).toBe(true);
    expect(() => {
      kept.ruleSet.teaching[0]!.threshold = 0.5;
    }).toThrow(TypeError);
    const copy = await b.invoke('rules.get', {});
    copy.ruleSet.teaching[0]!.threshold = 0.5;
    expect(currentRuleSet(b.store).ruleSet.teaching[0]!.threshold).toBe(0.7);
  });

  it('follows an edit through the API and a new version committed by another connection', async () => {
    expect(currentRuleSet(b.store).version).toBe(0);
    const { ruleSet } = await b.invoke('rules.get', {});
    ruleSet.teaching[0]!.threshold = 0.6;
    await b.invoke('rules.update', { ruleSet, baseVersion: 0, author: '王教务' });
    const threshold = () => currentRuleSet(b.store).ruleSet.teaching.find((r) => r.id === 'T1a')!.threshold;
    expect(currentRuleSet(b.store).version).toBe(1);
    expect(threshold()).toBe(0.6);
    const other = new SQLite(join(b.dir, 'store.sqlite'));
    ruleSet.teaching[0]!.threshold = 0.65;
    other
      .prepare(`INSERT INTO rule_set_versions (version, rules, created_at, author) VALUES (2, ?, '2026-11-22T08:00:00.000Z', '命令行')`)
      .run(JSON.stringify(ruleSet));
    other.close();
    expect(currentRuleSet(b.store)).toMatchObject({ version: 2, author: '命令行' });
    expect(threshold()).toBe(0.65);
  });
});
