// A class's drill-down reads only that class (and what it uses of its courses and lecturers) from the
// store; the answer must be the one the whole semester's data gives for that class, for every teaching
// rule (the built-in ones and selectors on case courses and lecturer types) and every class.
import { afterAll, describe, expect, it } from 'vitest';
import { drilldown, indexTeaching } from '../../shared/domain/indicators/engine.ts';
import { builtinRuleSet } from '../../shared/domain/rules/builtin.ts';
import type { TeachingRule } from '../../shared/domain/rules/schema.ts';
import { loadClassDrilldown, loadSemesterData } from '../../electron/backend/services/indicator-data.ts';
import { readFixture, tempBackend } from '../helpers.ts';

const custom = (id: string, numerator: TeachingRule['numerator']): TeachingRule => ({
  id,
  label: id,
  numeratorLabel: id,
  shape: 'ratio',
  scope: 'all',
  perClass: false,
  numerator,
  threshold: 0.1,
  applicability: { minLevel: 'county', kinds: ['party_school'] },
  source: { plan: '本校规定', clause: '测试' },
  enabled: true,
});

describe('class-scoped drill-down data', () => {
  const backend = tempBackend();
  afterAll(() => backend.dispose());

  it('gives the same drill-down as the whole semester, for every class and rule', async () => {
    await backend.invoke('exchange.import', { document: readFixture('provincial-small.json') });
    const rules = builtinRuleSet();
    rules.teaching.push(
      custom('X1', { caseCourse: true }),
      custom('X2', { caseCourse: false, lecturerTypes: ['fulltime', 'expert'] }),
      custom('X3', { methods: ['seminar', 'case'], forms: ['classroom'] }),
    );
    const semesters = backend.store.sqlite.prepare('SELECT id FROM semesters').pluck().all() as string[];
    const counted = new Set<string>();
    for (const semester of semesters) {
      const whole = indexTeaching(loadSemesterData(backend.store, semester));
      const classes = backend.store.sqlite.prepare('SELECT id FROM classes').pluck().all() as string[];
      for (const klass of classes) {
        const scoped = loadClassDrilldown(backend.store, semester, klass);
        for (const rule of rules.teaching) {
          const expected = drilldown(whole, rules, semester, rule.id, klass);
          expect(drilldown(scoped, rules, semester, rule.id, klass)).toEqual(expected);
          if (expected && expected.numerator > 0) counted.add(rule.id);
        }
      }
    }
    // every selector counted some hours somewhere, so each comparison above could have differed
    expect([...counted].sort()).toEqual(rules.teaching.map((r) => r.id).sort());
  });
});
