// Each trainee-hour check at its boundary, the as-of cut-off, windows, and exempt trainees.
import { describe, expect, it } from 'vitest';
import { computeCompliance } from '../../shared/domain/indicators/engine.ts';
import { builtinRuleSet } from '../../shared/domain/rules/builtin.ts';
import type { Trainee } from '../../shared/domain/types.ts';
import { record } from './build.ts';

const trainee = (id: string, group: string | null, exempt = false): Trainee => ({ id, name: id, group, organization: null, exempt });
type Rec = Omit<Parameters<typeof record>[0], 'trainee'>;
const check = (group: string | null, records: Rec[], asOf = '2026-12-31', exempt = false) => {
  const trainingRecords = records.map((r) => record({ ...r, trainee: 'T' }));
  return computeCompliance({ trainees: [trainee('T', group, exempt)], trainingRecords }, builtinRuleSet(), asOf).trainees[0]!;
};

describe('hours OR days, at the boundary', () => {
  it('H2: 90 hours meets, 89.5 does not; 12 days meets on their own', () => {
    expect(check('H2', [{ date: '2026-05-01', hours: 90 }]).met).toBe(true);
    expect(check('H2', [{ date: '2026-05-01', hours: 89.5, days: 11.9 }]).checks[0]).toEqual({ id: 'H2.concentrated', met: false, hours: 89.5, days: 11.9 });
    expect(check('H2', [{ date: '2026-05-01', hours: 10, days: 12 }]).met).toBe(true);
  });

  it('sums of decimal hours that land on the bound meet it', () => {
    const tenths = Array.from({ length: 900 }, () => ({ date: '2026-05-01', hours: 0.1 }));
    expect(check('H2', tenths).met).toBe(true);
  });

  it('H1: 550 hours or 90 days in 2023-2027, and 50 online hours in the year', () => {
    const met = check('H1', [
      { date: '2022-12-31', hours: 100 }, // before the window
      { date: '2023-01-01', hours: 500 },
      { date: '2026-06-01', hours: 50 },
      { date: '2025-06-01', hours: 60, kind: 'online_self' }, // not this year
      { date: '2026-02-01', hours: 50, kind: 'online_self' },
    ]);
    expect(met.checks).toEqual([
      { id: 'H1.concentrated', met: true, hours: 550, days: 0 },
      { id: 'H1.online', met: true, hours: 50, days: 0 },
    ]);
    expect(check('H1', [{ date: '2024-01-01', hours: 10, days: 90 }]).checks[0]!.met).toBe(true);
    expect(check('H1', [{ date: '2026-02-01', hours: 49.5, kind: 'online_self' }]).checks[1]!.met).toBe(false);
  });

  it('G1 and G2 count every kind of record in the year', () => {
    expect(check('G1', [{ date: '2026-01-01', hours: 60, kind: 'online_self' }, { date: '2026-12-31', hours: 40 }]).met).toBe(true);
    expect(check('G1', [{ date: '2026-01-01', hours: 99.5, days: 11.5 }]).met).toBe(false);
    expect(check('G2', [{ date: '2026-01-01', hours: 1, days: 5 }]).met).toBe(true);
    expect(check('G2', [{ date: '2025-12-31', hours: 40 }]).checks[0]).toEqual({ id: 'G2.annual', met: false, hours: 0, days: 0 });
  });

  it('P3: 32 hours a year, with no day bound', () => {
    expect(check('P3', [{ date: '2026-03-01', hours: 32 }]).met).toBe(true);
    expect(check('P3', [{ date: '2026-03-01', hours: 31, days: 100 }]).met).toBe(false);
  });
});

describe('the as-of date', () => {
  it('counts only records dated on or before it, and the year is the as-of date’s', () => {
    const records = [{ date: '2026-06-30', hours: 20 }, { date: '2026-07-01', hours: 20 }];
    expect(check('P3', records, '2026-06-30').checks[0]!.hours).toBe(20);
    expect(check('P3', records, '2026-07-01').checks[0]!.hours).toBe(40);
    expect(check('P3', records, '2027-01-01').checks[0]!.hours).toBe(0);
  });
});

describe('P1 theory share and P4 at least once', () => {
  it('P1.theory: exactly 50% meets; no hours is not met and carries no ratio', () => {
    const half = check('P1', [
      { date: '2024-01-01', hours: 80, theory: true },
      { date: '2025-01-01', hours: 80, days: 1, kind: 'online_self' },
    ]);
    expect(half.checks).toEqual([
      { id: 'P1.total', met: false, hours: 80, days: 0 },
      { id: 'P1.theory', met: true, hours: 160, ratio: 0.5 },
    ]);
    expect(check('P1', []).checks[1]).toEqual({ id: 'P1.theory', met: false, hours: 0 });
  });

  it('P4.once needs a concentrated record in the year and carries the count', () => {
    const none = check('P4', [{ date: '2026-02-01', hours: 60, kind: 'online_self' }]);
    expect(none.checks[1]).toEqual({ id: 'P4.once', met: false, hours: 0, count: 0 });
    const two = check('P4', [{ date: '2026-02-01', hours: 30 }, { date: '2026-03-01', hours: 26 }]);
    expect(two).toMatchObject({ met: true, checks: [{ id: 'P4.annual', met: true, hours: 56 }, { id: 'P4.once', met: true, hours: 56, count: 2 }] });
  });
});

describe('P2 annual full-time training by a county-level committee or above', () => {
  it('counts full-time records organised at county level or above only', () => {
    const p2 = check('P2', [
      { date: '2026-04-01', hours: 20, fullTime: true, organizerLevel: 'county' },
      { date: '2026-04-02', hours: 20, fullTime: true, organizerLevel: 'central' },
      { date: '2026-04-03', hours: 30, fullTime: true, organizerLevel: 'other' },
      { date: '2026-04-04', hours: 30, fullTime: false, organizerLevel: 'provincial' },
      { date: '2026-04-05', hours: 30, fullTime: true, organizerLevel: null },
    ]);
    expect(p2.checks[1]).toEqual({ id: 'P2.annual', met: true, hours: 40, days: 0 });
    expect(p2.checks[0]).toMatchObject({ id: 'P2.total', hours: 130, met: false });
  });
});

describe('exempt trainees and unknown groups', () => {
  it('an exempt Party member meets P1 with the word exempt and no checks', () => {
    expect(check('P1', [], '2026-12-31', true)).toEqual({ trainee: 'T', group: 'P1', met: true, exempt: true, checks: [] });
  });

  it('the exempt flag does not excuse a rule that allows no exemption', () => {
    expect(check('H2', [], '2026-12-31', true)).toMatchObject({ met: false, checks: [{ id: 'H2.concentrated', met: false }] });
  });

  it('a trainee without a group, or with a group the rule set lacks, is not met and says why', () => {
    expect(check('ZZ', [])).toEqual({ trainee: 'T', group: 'ZZ', met: false, checks: [], reason: '规则集中没有学时规则“ZZ”' });
    expect(check(null, []).reason).toBe('未指定学时规则组');
  });

  it('the summary counts trainees and those who meet, in id order', () => {
    const result = computeCompliance(
      { trainees: [trainee('B', 'P3'), trainee('A', 'P1', true)], trainingRecords: [record({ trainee: 'B', date: '2026-01-01', hours: 10 })] },
      builtinRuleSet(),
      '2026-12-31',
    );
    expect(result.trainees.map((t) => t.trainee)).toEqual(['A', 'B']);
    expect(result.summary).toEqual({ trainees: 2, met: 1 });
  });
});

describe('windows and thresholds are data', () => {
  it('a school that moves P3 to 40 hours sees the new bound', () => {
    const rules = builtinRuleSet();
    const p3 = rules.trainee.find((r) => r.id === 'P3')!;
    p3.checks[0]!.measure = { type: 'hours_or_days', hours: 40 };
    const result = computeCompliance({ trainees: [trainee('T', 'P3')], trainingRecords: [record({ trainee: 'T', date: '2026-01-01', hours: 32 })] }, rules, '2026-12-31');
    expect(result.trainees[0]!.met).toBe(false);
  });
});
