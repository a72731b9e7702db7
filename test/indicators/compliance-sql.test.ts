// The compliance sums computed in SQL (compliance-sums.ts) against the pure engine summing the loaded
// records itself: the same answer, to the last bit, on the public fixture and on seeded random data
// under the shipped rule set and a rule set with other windows, filters and measures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSumsBySql } from '../../electron/backend/services/compliance-sums.ts';
import { loadComplianceData, loadTrainees } from '../../electron/backend/services/indicator-data.ts';
import { complianceOf, computeCompliance } from '../../shared/domain/indicators/engine.ts';
import { builtinRuleSet } from '../../shared/domain/rules/builtin.ts';
import type { RuleSet } from '../../shared/domain/rules/schema.ts';
import { readFixture, tempBackend } from '../helpers.ts';

/** mulberry32: a small seeded generator, so a failure reproduces. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(next: () => number, list: readonly T[]): T => list[Math.floor(next() * list.length)]!;

/** A school's own rules: a window that has not begun, a window that ended, full-time off-site training
 * organised at provincial level or above, a theory share of online study, and a count. */
function otherRuleSet(): RuleSet {
  const set = builtinRuleSet();
  set.trainee.push({
    id: 'X1',
    label: '测试规则',
    who: '测试人员',
    exemptable: true,
    checks: [
      { id: 'X1.future', label: '未开始的区间', records: {}, window: { type: 'fixed', from: '2030-01-01', to: '2034-12-31' }, measure: { type: 'hours_or_days', hours: 1 } },
      { id: 'X1.past', label: '已结束的区间', records: { kind: 'online_self' }, window: { type: 'fixed', from: '2019-03-01', to: '2022-06-30' }, measure: { type: 'hours_or_days', days: 3 } },
      { id: 'X1.offsite', label: '省级以上非脱产', records: { fullTime: false, minOrganizerLevel: 'provincial' }, window: { type: 'year' }, measure: { type: 'hours_or_days', hours: 5, days: 1 } },
      { id: 'X1.theory', label: '网络自学理论占比', records: { kind: 'online_self' }, window: { type: 'fixed', from: '2021-01-01', to: '2026-12-31' }, measure: { type: 'theory_ratio', ratio: 0.4 } },
      { id: 'X1.times', label: '至少三次', records: { minOrganizerLevel: 'county' }, window: { type: 'year' }, measure: { type: 'count', count: 3 } },
    ],
    source: { plan: '测试', clause: '测试' },
  });
  return set;
}

const GROUPS = ['H1', 'H2', 'P1', 'P2', 'P3', 'P4', 'G1', 'G2', 'X1', 'ZZ', null];
const HOURS = [0, 0.1, 0.2, 0.3, 0.5, 0.7, 1, 1.5, 2.25, 3, 3.3, 4, 7.9, 8, 16.6, 40];
const LEVELS = ['central', 'provincial', 'municipal', 'county', 'other', null];

function randomTrainees(seed: number, trainees: number, records: number) {
  const next = random(seed);
  const people = Array.from({ length: trainees }, (_, i) => ({
    id: `R${String(i).padStart(4, '0')}`,
    name: `学员${i}`,
    group: pick(next, GROUPS),
    organization: pick(next, ['某县发改局', '某街道办', null]),
    exempt: next() < 0.1,
  }));
  const trainingRecords = Array.from({ length: records }, () => {
    const date = `${2019 + Math.floor(next() * 9)}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
    return {
      trainee: pick(next, people).id,
      date,
      hours: pick(next, HOURS),
      days: pick(next, [0, 0.1, 0.3, 0.5, 1, 2.5]),
      kind: next() < 0.6 ? 'concentrated' : 'online_self',
      fullTime: next() < 0.5,
      theory: next() < 0.5,
      organizerLevel: pick(next, LEVELS),
    };
  });
  return { trainees: people, trainingRecords };
}

const backend = tempBackend();

beforeAll(async () => {
  const fixture = readFixture('provincial-small.json');
  const extra = randomTrainees(20261231, 300, 6000);
  const document = {
    ...fixture,
    trainees: [...(fixture.trainees as unknown[]), ...extra.trainees],
    trainingRecords: [...(fixture.trainingRecords as unknown[]), ...extra.trainingRecords],
  };
  await backend.invoke('exchange.import', { document });
});
afterAll(() => backend.dispose());

describe('compliance sums in SQL equal the pure engine over the records', () => {
  const ruleSets: [string, () => RuleSet][] = [
    ['the shipped rule set', builtinRuleSet],
    ['a rule set with other windows, filters and measures', otherRuleSet],
  ];
  for (const [name, ruleSetOf] of ruleSets)
    for (const asOf of ['2026-12-31', '2024-02-29', '2020-01-01', '2031-07-01'])
      it(`${name}, as of ${asOf}`, () => {
        const ruleSet = ruleSetOf();
        const store = backend.store;
        const bySql = complianceOf(loadTrainees(store), ruleSet, asOf, checkSumsBySql(store, ruleSet, asOf));
        const pure = computeCompliance(loadComplianceData(store, asOf), ruleSet, asOf);
        expect(bySql.summary.trainees).toBe(340);
        // The data reaches every branch: met and not met, exempt, unknown group, each measure.
        expect(bySql.summary.met).toBeGreaterThan(0);
        expect(bySql.summary.met).toBeLessThan(bySql.summary.trainees);
        expect(bySql).toEqual(pure);
      });

  it('the service answers with the SQL sums (the fixture trainees are there with their names)', async () => {
    const answer = await backend.invoke('indicators.compliance', { asOf: '2026-12-31' });
    const pure = computeCompliance(loadComplianceData(backend.store, '2026-12-31'), builtinRuleSet(), '2026-12-31');
    expect(answer.trainees.map(({ name: _n, organization: _o, ...row }) => row)).toEqual(pure.trainees);
    expect(answer.trainees[0]).toMatchObject({ trainee: 'R0000', name: '学员0' });
  });
});
