// A class's drill-down reads only that class (and its lecturers) from the store; the answer must be
// the one the whole semester's data gives for that class, for every teaching rule and every class.
import { afterAll, describe, expect, it } from 'vitest';
import { drilldown, indexTeaching } from '../../shared/domain/indicators/engine.ts';
import { builtinRuleSet } from '../../shared/domain/rules/builtin.ts';
import { loadSemesterData } from '../../electron/backend/services/indicator-data.ts';
import { readFixture, tempBackend } from '../helpers.ts';

describe('class-scoped drill-down data', () => {
  const backend = tempBackend();
  afterAll(() => backend.dispose());

  it('gives the same drill-down as the whole semester, for every class and rule', async () => {
    await backend.invoke('exchange.import', { document: readFixture('provincial-small.json') });
    const rules = builtinRuleSet();
    const semesters = backend.store.sqlite.prepare('SELECT id FROM semesters').pluck().all() as string[];
    let compared = 0;
    for (const semester of semesters) {
      const whole = indexTeaching(loadSemesterData(backend.store, semester));
      const classes = backend.store.sqlite.prepare('SELECT id FROM classes WHERE semester_id = ?').pluck().all(semester) as string[];
      for (const klass of classes) {
        const scoped = indexTeaching(loadSemesterData(backend.store, semester, klass));
        for (const rule of rules.teaching) {
          const expected = drilldown(whole, rules, semester, rule.id, klass);
          expect(drilldown(scoped, rules, semester, rule.id, klass)).toEqual(expected);
          if (expected && expected.sessions.length > 0) compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(10);
  });
});
