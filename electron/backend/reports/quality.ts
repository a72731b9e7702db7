// The data-quality section of a report: the checks that bear on its figures. Teaching reports run the
// teaching checks of their semesters (每班必检); the compliance report runs the trainee checks. Errors
// and warnings are listed one by one; notes (e.g. records that fall in no counting window, hundreds of
// thousands on a large school) are only counted: the 数据质量 page lists them.
import type { QualityReport } from '../../../shared/domain/quality/types.ts';
import { QUALITY_CHECK_LABELS } from '../../../shared/domain/quality/types.ts';
import type { Semester } from '../../../shared/domain/types.ts';
import type { Ctx } from '../services/context.ts';
import { teachingQualityCheck, traineeQualityCheck } from '../services/quality.ts';
import type { QualitySummary } from './builders/common.ts';

const ORDER: Record<string, number> = { error: 0, warning: 1 };
const infoNote = (infos: number): string | undefined =>
  infos > 0 ? `另有 ${infos} 条提示性信息未在本报告中逐条列出，可在“数据质量”页面查看。` : undefined;

/** The checks of several semesters as one list: counts summed, a finding repeated across semesters once. */
export function mergeQuality(reports: QualityReport[], note?: string): QualitySummary {
  // A lecturer booked twice across two semesters of the period is found by both: it counts once.
  const checks = new Map<string, Set<string>>();
  const findings = new Map<string, { severity: string; message: string }>();
  for (const r of reports) {
    for (const c of r.checks) if (!checks.has(c.id)) checks.set(c.id, new Set());
    for (const f of r.findings) {
      findings.set(f.message, { severity: f.severity, message: f.message });
      checks.get(f.check)?.add(f.message);
    }
  }
  const labels = new Map<string, string>(reports.flatMap((r) => r.checks.map((c) => [c.id, c.label] as const)));
  const all = [...findings.values()];
  return {
    checks: [...checks].map(([id, found]) => ({ label: labels.get(id) ?? id, findings: found.size })),
    findings: all.filter((f) => f.severity !== 'info').sort((a, b) => (ORDER[a.severity] ?? 2) - (ORDER[b.severity] ?? 2)),
    note: [note, infoNote(all.filter((f) => f.severity === 'info').length)].filter(Boolean).join('') || undefined,
  };
}

/** The teaching checks of the period's semesters. */
export function teachingQuality(ctx: Ctx, semesters: Semester[], scope: string): QualitySummary {
  if (semesters.length === 0) return { checks: [], findings: [], note: `${scope}没有学期，未运行按学期的数据质量检查。` };
  const note = semesters.length > 1 ? `数据质量检查覆盖${scope}的 ${semesters.length} 个学期：${semesters.map((s) => s.name).join('、')}。` : undefined;
  return mergeQuality(semesters.map((s) => teachingQualityCheck(ctx, s.id)), note);
}

/** The trainee checks: every trainee's rule group, and the records up to `asOf` that no check counts. */
export function traineeQuality(ctx: Ctx, asOf: string): QualitySummary {
  const { groupFindings, recordsOutsideWindows } = traineeQualityCheck(ctx, asOf);
  const infos = groupFindings.filter((f) => f.severity === 'info').length + recordsOutsideWindows;
  return {
    checks: [
      { label: QUALITY_CHECK_LABELS.trainee_group, findings: groupFindings.length },
      { label: QUALITY_CHECK_LABELS.record_outside_window, findings: recordsOutsideWindows },
    ],
    findings: groupFindings
      .filter((f) => f.severity !== 'info')
      .sort((a, b) => (ORDER[a.severity] ?? 2) - (ORDER[b.severity] ?? 2))
      .map((f) => ({ severity: f.severity, message: f.message })),
    note: [`学员类检查覆盖全部学员及其截至 ${asOf} 的培训记录。`, infoNote(infos)].filter(Boolean).join(''),
  };
}
