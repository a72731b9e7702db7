// Indicators and data-quality checks over the store: load set-based, compute with the pure engine,
// and stamp each answer with the rule-set version that produced it.
import type { ComplianceRow } from '../../../shared/api/methods/indicators.ts';
import {
  complianceOf,
  computeRenewal,
  computeSemester,
  drilldown,
  indexTeaching,
  type RenewalOptions,
  type SemesterOptions,
} from '../../../shared/domain/indicators/engine.ts';
import { runQualityChecks } from '../../../shared/domain/quality/run.ts';
import { StoreError } from '../errors.ts';
import { cachedUntilChange } from '../store/data-cache.ts';
import type { Ctx } from './context.ts';
import { checkSumsBySql } from './compliance-sums.ts';
import { loadClassDrilldown, loadComplianceData, loadQualityData, loadRenewalData, loadSemesterData, loadTrainees, requireSemester } from './indicator-data.ts';
import { currentRuleSet, stampOf } from './rule-sets.ts';

/**
 * A semester's teaching data, indexed. The engine only reads the index; it is kept until the data
 * changes (the planner, the reports and the drill-downs ask for the same semester again and again;
 * after any write the next call loads it afresh).
 */
const semesterIndex = (ctx: Ctx, semester: string) =>
  cachedUntilChange(ctx.sqlite, `semester:${semester}`, () => indexTeaching(loadSemesterData(ctx, semester)));

export function semesterIndicators(ctx: Ctx, semester: string, options: SemesterOptions = {}) {
  const current = currentRuleSet(ctx);
  return { ...computeSemester(semesterIndex(ctx, semester), current.ruleSet, semester, options), ruleSet: stampOf(current) };
}

export function renewalIndicators(ctx: Ctx, year: number, options: RenewalOptions = {}) {
  const current = currentRuleSet(ctx);
  // Only the plan years R1 averages over are read (and Y itself, for a year outside every plan).
  const starts = current.ruleSet.renewal.flatMap((r) => (r.shape === 'course_renewal' ? [r.planStart] : []));
  const data = loadRenewalData(ctx, Math.min(year, ...starts), year);
  return { ...computeRenewal(indexTeaching(data), data.onlineCourses, current.ruleSet, year, options), ruleSet: stampOf(current) };
}

export interface ComplianceFilter {
  group?: string;
  organization?: string;
  unmetOnly?: boolean;
}

export function compliance(ctx: Ctx, asOf: string, filter: ComplianceFilter = {}) {
  const current = currentRuleSet(ctx);
  const everyone = loadTrainees(ctx);
  // The sums per trainee and check come from SQL; the engine applies the rule thresholds to them.
  const result = complianceOf(everyone, current.ruleSet, asOf, checkSumsBySql(ctx, current.ruleSet, asOf));
  const people = new Map(everyone.map((t) => [t.id, t]));
  const trainees: ComplianceRow[] = [];
  for (const row of result.trainees) {
    const t = people.get(row.trainee)!;
    if (filter.group && row.group !== filter.group) continue;
    if (filter.organization && t.organization !== filter.organization) continue;
    if (filter.unmetOnly && row.met) continue;
    trainees.push({ ...row, name: t.name, organization: t.organization });
  }
  return {
    asOf,
    trainees,
    summary: { trainees: trainees.length, met: trainees.filter((t) => t.met).length },
    ruleSet: stampOf(current),
  };
}

export function indicatorDrilldown(ctx: Ctx, semester: string, indicator: string, klass?: string) {
  const current = currentRuleSet(ctx);
  // A class's drill-down reads only that class; the whole semester's is the semester's kept index.
  const index = klass === undefined ? semesterIndex(ctx, semester) : loadClassDrilldown(ctx, semester, klass);
  const result = drilldown(index, current.ruleSet, semester, indicator, klass);
  if (!result) throw new StoreError('NOT_FOUND', `规则集中没有教学指标“${indicator}”`);
  return { ...result, ruleSet: stampOf(current) };
}

export function indicatorInputs(ctx: Ctx, semester: string) {
  const current = currentRuleSet(ctx);
  return { data: loadSemesterData(ctx, semester), rules: current.ruleSet, ruleSet: stampOf(current) };
}

export function qualityCheck(ctx: Ctx, semester: string) {
  const current = currentRuleSet(ctx);
  requireSemester(ctx, semester);
  const data = loadQualityData(ctx, semester);
  const people = loadComplianceData(ctx);
  const report = runQualityChecks({
    semester: data.semesters[0]!,
    classes: data.classes,
    sessions: data.sessions,
    otherSessions: data.otherSessions,
    otherClasses: data.otherClasses,
    courses: data.courses,
    faculty: data.faculty,
    trainees: people.trainees,
    trainingRecords: people.trainingRecords,
    ruleSet: current.ruleSet,
  });
  return { ...report, ruleSet: stampOf(current) };
}
