// The records no check counts, counted in SQL generated from the rule set, equal the pure check's
// findings on the same seeded records in a real store: the built-in rules and edited ones.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORGANIZER_LEVELS, RECORD_KINDS } from '../../shared/domain/enums.ts';
import { recordsOutsideWindows } from '../../shared/domain/quality/trainee-checks.ts';
import { builtinRuleSet } from '../../shared/domain/rules/builtin.ts';
import type { RuleSet } from '../../shared/domain/rules/schema.ts';
import type { Trainee, TrainingRecord } from '../../shared/domain/types.ts';
import { countRecordsOutsideWindows } from '../../electron/backend/services/quality.ts';
import { tempBackend } from '../helpers.ts';

const backend = tempBackend();
afterAll(() => backend.dispose());

/** A small seeded generator (LCG), so a failure can be reproduced. */
function random(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % n;
  };
}

const GROUPS = ['H1', 'H2', 'P1', 'P2', 'P3', 'P4', 'G1', 'G2', 'X1', 'X2', 'ZZ', null];
const trainees: Trainee[] = [];
const records: TrainingRecord[] = [];

beforeAll(() => {
  const pick = random(7);
  const levels = [...ORGANIZER_LEVELS, null];
  for (let i = 0; i < 240; i++) trainees.push({ id: `T${i}`, name: `学员${i}`, group: GROUPS[i % GROUPS.length]!, organization: null, exempt: false });
  for (let i = 0; i < 6000; i++)
    records.push({
      id: `R${i}`,
      trainee: `T${pick(trainees.length)}`,
      date: `${2016 + pick(14)}-${String(1 + pick(12)).padStart(2, '0')}-${String(1 + pick(28)).padStart(2, '0')}`,
      hours: 1 + pick(20),
      days: pick(3),
      kind: RECORD_KINDS[pick(RECORD_KINDS.length)]!,
      fullTime: pick(2) === 1,
      theory: pick(2) === 1,
      organizerLevel: levels[pick(levels.length)]!,
      class: null,
    });
  const db = backend.store.sqlite;
  const addTrainee = db.prepare('INSERT INTO trainees (id, name, group_id, organization, exempt) VALUES (?, ?, ?, NULL, 0)');
  const addRecord = db.prepare(
    'INSERT INTO training_records (id, trainee_id, date, hours, days, kind, full_time, theory, organizer_level) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  db.transaction(() => {
    for (const t of trainees) addTrainee.run(t.id, t.name, t.group);
    for (const r of records) addRecord.run(r.id, r.trainee, r.date, r.hours, r.days, r.kind, r.fullTime ? 1 : 0, r.theory ? 1 : 0, r.organizerLevel);
  })();
});

/** The built-in rules plus X1 (any record in a fixed span, a full-time one at municipal level or above, an online one at any level) and X2 (no checks). */
function editedRules(): RuleSet {
  const rules = builtinRuleSet();
  const measure = { type: 'hours_or_days' as const, hours: 10 };
  rules.trainee.push(
    {
      ...rules.trainee[0]!,
      id: 'X1',
      checks: [
        { id: 'X1.span', label: '区间', records: {}, window: { type: 'fixed', from: '2020-03-01', to: '2021-02-28' }, measure },
        { id: 'X1.level', label: '层级', records: { fullTime: true, minOrganizerLevel: 'municipal' }, window: { type: 'fixed', from: '2018-01-01', to: '2029-12-31' }, measure },
        // 'other' is never “at a level”, even when the minimum named is 'other'.
        { id: 'X1.other', label: '其他', records: { kind: 'online_self', minOrganizerLevel: 'other' }, window: { type: 'year' }, measure },
      ],
    },
    { ...rules.trainee[0]!, id: 'X2', checks: [] },
  );
  return rules;
}

describe('records that no check counts', () => {
  it.each([
    ['built-in rules, every record', builtinRuleSet(), undefined],
    ['built-in rules, as of a date', builtinRuleSet(), '2026-06-30'],
    ['edited rules, as of a date', editedRules(), '2024-12-31'],
    ['edited rules, every record', editedRules(), undefined],
  ])('%s: SQL count equals the pure check', (_, rules, asOf) => {
    const upTo = asOf === undefined ? records : records.filter((r) => r.date <= asOf);
    const expected = recordsOutsideWindows(trainees, upTo, rules).length;
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(upTo.length);
    expect(countRecordsOutsideWindows(backend.store, rules, asOf)).toBe(expected);
  });
});
