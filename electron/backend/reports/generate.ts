// Builds a report's model from the store through the indicator services (the same figures as the
// dashboard and the CLI's JSON), and writes it in the format asked for.
import type { QualityReport } from '../../../shared/domain/quality/types.ts';
import type { Semester } from '../../../shared/domain/types.ts';
import type { ReportModel } from '../../../shared/reports/model.ts';
import type { ReportFormat, ReportRequest } from '../../../shared/api/methods/reports.ts';
import { computeWorkload } from '../../../shared/reports/workload.ts';
import { StoreError } from '../errors.ts';
import type { Ctx } from '../services/context.ts';
import { loadSemesterData, requireSemester } from '../services/indicator-data.ts';
import { compliance, qualityCheck, renewalIndicators, semesterIndicators } from '../services/indicators.ts';
import { currentRuleSet } from '../services/rule-sets.ts';
import { buildComplianceReport } from './builders/compliance.ts';
import type { QualitySummary, ReportContext } from './builders/common.ts';
import { buildFacultyReport } from './builders/faculty.ts';
import { buildRenewalReport } from './builders/renewal.ts';
import { buildSemesterReport } from './builders/semester.ts';
import { reportDocx } from './docx.ts';
import { reportPdf } from './pdf.ts';
import { reportXlsx } from './xlsx.ts';

const pad = (n: number): string => String(n).padStart(2, '0');
const localTime = (d: Date): string =>
  `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;

/** The data-quality checks of several semesters as one list: counts summed, repeated findings once. */
function mergeQuality(reports: QualityReport[], note?: string): QualitySummary {
  // Checks of trainees' records run with every semester: a finding counts once however often it is made.
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
  const order = { error: 0, warning: 1 } as Record<string, number>;
  // Errors and warnings are listed one by one; notes (e.g. a record that falls in no counting window)
  // can run into hundreds and are only counted here: the 数据质量 page lists them.
  const all = [...findings.values()];
  const infos = all.filter((f) => f.severity === 'info').length;
  const infoNote = infos > 0 ? `另有 ${infos} 条提示性信息未在本报告中逐条列出，可在“数据质量”页面查看。` : undefined;
  return {
    checks: [...checks].map(([id, found]) => ({ label: labels.get(id) ?? id, findings: found.size })),
    findings: all.filter((f) => f.severity !== 'info').sort((a, b) => (order[a.severity] ?? 2) - (order[b.severity] ?? 2)),
    note: [note, infoNote].filter(Boolean).join('') || undefined,
  };
}

function semestersWhere(ctx: Ctx, sql: string, ...params: unknown[]): Semester[] {
  return ctx.sqlite
    .prepare(`SELECT id, name, year, start_date AS start, end_date AS "end" FROM semesters WHERE ${sql} ORDER BY start_date, id`)
    .all(...params) as Semester[];
}

function qualityOf(ctx: Ctx, semesters: Semester[], scope: string): QualitySummary {
  if (semesters.length === 0) return { checks: [], findings: [], note: `${scope}没有学期，未运行按学期的数据质量检查。` };
  const note = semesters.length > 1 ? `数据质量检查覆盖${scope}的 ${semesters.length} 个学期：${semesters.map((s) => s.name).join('、')}。` : undefined;
  return mergeQuality(semesters.map((s) => qualityCheck(ctx, s.id)), note);
}

export function buildReport(ctx: Ctx, request: ReportRequest, now = new Date()): ReportModel {
  const current = currentRuleSet(ctx);
  const institution = (ctx.sqlite.prepare('SELECT name, level, kind FROM institution WHERE id = 1').get() as ReportContext['institution'] | undefined) ?? null;
  const context = (quality: QualitySummary): ReportContext => ({
    institution,
    ruleSet: { version: current.version, name: current.ruleSet.name },
    generatedAt: localTime(now),
    quality,
  });
  switch (request.kind) {
    case 'semester': {
      const semester = requireSemester(ctx, request.semester);
      const result = semesterIndicators(ctx, semester.id, { detail: true, includeNotApplicable: true });
      return buildSemesterReport({ semester, result, rules: current.ruleSet }, context(qualityOf(ctx, [semester], '本学期')));
    }
    case 'faculty': {
      const semester = requireSemester(ctx, request.semester);
      const data = loadSemesterData(ctx, semester.id);
      return buildFacultyReport(semester, computeWorkload(data.sessions, data.faculty), context(qualityOf(ctx, [semester], '本学期')));
    }
    case 'renewal': {
      const result = renewalIndicators(ctx, request.year, { detail: true, includeNotApplicable: true });
      return buildRenewalReport(result, context(qualityOf(ctx, semestersWhere(ctx, 'year = ?', request.year), `${request.year}年`)));
    }
    case 'compliance': {
      const { trainees } = compliance(ctx, request.asOf);
      const year = Number(request.asOf.slice(0, 4));
      const semesters = semestersWhere(ctx, 'year = ? AND start_date <= ?', year, request.asOf);
      return buildComplianceReport(request.asOf, trainees, current.ruleSet, context(qualityOf(ctx, semesters, `${year}年截至 ${request.asOf}`)));
    }
  }
}

export const MIME_TYPES: Record<ReportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

export async function writeReport(model: ReportModel, format: ReportFormat): Promise<Buffer> {
  switch (format) {
    case 'xlsx':
      return reportXlsx(model);
    case 'docx':
      return reportDocx(model);
    case 'pdf':
      return reportPdf(model);
    default:
      throw new StoreError('VALIDATION', `不支持的报表格式“${String(format)}”，可选 xlsx、pdf、docx`);
  }
}
