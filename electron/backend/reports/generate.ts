// Builds a report's model from the store through the indicator services (the same figures as the
// dashboard and the CLI's JSON), and writes it in the format asked for.
import { closeSync, mkdtempSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Semester } from '../../../shared/domain/types.ts';
import type { ReportModel } from '../../../shared/reports/model.ts';
import { REPORT_FORMATS, type ReportFormat, type ReportRequest } from '../../../shared/api/methods/reports.ts';
import { computeWorkload } from '../../../shared/reports/workload.ts';
import { StoreError } from '../errors.ts';
import type { Ctx } from '../services/context.ts';
import { loadSemesterData, requireSemester } from '../services/indicator-data.ts';
import { compliance, renewalIndicators, semesterIndicators } from '../services/indicators.ts';
import { currentRuleSet } from '../services/rule-sets.ts';
import { buildComplianceReport } from './builders/compliance.ts';
import type { QualitySummary, ReportContext } from './builders/common.ts';
import { buildFacultyReport } from './builders/faculty.ts';
import { buildRenewalReport } from './builders/renewal.ts';
import { buildSemesterReport } from './builders/semester.ts';
import { reportDocx } from './docx.ts';
import { layoutPdf, printPdf } from './pdf.ts';
import type { WriteProgress } from './write-progress.ts';
import { reportXlsx } from './xlsx.ts';
import { teachingQuality, traineeQuality } from './quality.ts';

const pad = (n: number): string => String(n).padStart(2, '0');
const localTime = (d: Date): string =>
  `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;

function semestersWhere(ctx: Ctx, sql: string, ...params: unknown[]): Semester[] {
  return ctx.sqlite
    .prepare(`SELECT id, name, year, start_date AS start, end_date AS "end" FROM semesters WHERE ${sql} ORDER BY start_date, id`)
    .all(...params) as Semester[];
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
      return buildSemesterReport({ semester, result, rules: current.ruleSet }, context(teachingQuality(ctx, [semester], '本学期')));
    }
    case 'faculty': {
      const semester = requireSemester(ctx, request.semester);
      const data = loadSemesterData(ctx, semester.id);
      return buildFacultyReport(semester, computeWorkload(data.sessions, data.faculty), context(teachingQuality(ctx, [semester], '本学期')));
    }
    case 'renewal': {
      const result = renewalIndicators(ctx, request.year, { detail: true, includeNotApplicable: true });
      return buildRenewalReport(result, context(teachingQuality(ctx, semestersWhere(ctx, 'year = ?', request.year), `${request.year}年`)));
    }
    case 'compliance': {
      const { trainees } = compliance(ctx, request.asOf);
      return buildComplianceReport(request.asOf, trainees, current.ruleSet, context(traineeQuality(ctx, request.asOf)));
    }
  }
}

export const MIME_TYPES: Record<ReportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

export interface ExportHooks {
  /** The report's figures are collected: its file name is known. */
  named?(fileName: string): void;
  progress?: WriteProgress;
}

/**
 * Builds the report and writes it to the file at `path`; answers its name and size. The file appears
 * under its name only when complete (written beside it, then renamed). A PDF is laid out first and
 * the model let go before it is printed (minutes for a large school's register), and the printed
 * pages go to the file as they are joined.
 */
export async function exportReportFile(ctx: Ctx, request: ReportRequest, format: ReportFormat, path: string, hooks: ExportHooks = {}): Promise<{ fileName: string; bytes: number }> {
  if (!REPORT_FORMATS.includes(format)) throw new StoreError('VALIDATION', `不支持的报表格式“${String(format)}”，可选 xlsx、pdf、docx`);
  let model: ReportModel | null = buildReport(ctx, request);
  const fileName = `${model.fileName}.${format}`;
  hooks.named?.(fileName);
  const partial = `${path}.${process.pid}.part`;
  let fd: number | null = openSync(partial, 'w');
  const scratch = format === 'pdf' ? mkdtempSync(join(tmpdir(), 'jiaowu-pdf-')) : null;
  try {
    let bytes: number;
    if (scratch) {
      const layout = layoutPdf(model, scratch);
      model = null;
      bytes = await printPdf(layout, fd, hooks.progress);
    } else {
      const file = format === 'xlsx' ? await reportXlsx(model, hooks.progress) : await reportDocx(model, hooks.progress);
      model = null;
      writeFileSync(fd, file);
      bytes = file.length;
    }
    closeSync(fd);
    fd = null;
    renameSync(partial, path);
    return { fileName, bytes };
  } catch (error) {
    // closed already when the rename failed: closing again would hide its error and keep the partial file
    if (fd !== null) closeSync(fd);
    rmSync(partial, { force: true });
    throw error;
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}

/** The report's file in memory (export jobs hand it to the app; `reports.export` answers it as base64). */
export async function exportReportBytes(ctx: Ctx, request: ReportRequest, format: ReportFormat, hooks: ExportHooks = {}): Promise<{ fileName: string; file: Buffer }> {
  const dir = mkdtempSync(join(tmpdir(), 'jiaowu-report-'));
  try {
    const path = join(dir, `report.${format}`);
    const { fileName } = await exportReportFile(ctx, request, format, path, hooks);
    return { fileName, file: readFileSync(path) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
