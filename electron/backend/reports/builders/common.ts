// What every report builder receives besides its figures, and the parts of the model they share.
import { INSTITUTION_KIND_LABELS, INSTITUTION_LEVEL_LABELS } from '../../../../shared/domain/enums.ts';
import type { Institution } from '../../../../shared/domain/types.ts';
import type { ReportModel } from '../../../../shared/reports/model.ts';

export interface QualitySummary {
  checks: { label: string; findings: number }[];
  findings: { severity: string; message: string }[];
  note?: string;
}

export interface ReportContext {
  institution: Institution | null;
  ruleSet: { version: number; name: string };
  /** Local time the report was made, “YYYY-MM-DD HH:mm”. */
  generatedAt: string;
  quality: QualitySummary;
}

/** The institution's level and kind in words, e.g. “省级 · 党校（行政学院）”. */
export const institutionKind = (ctx: ReportContext): string =>
  ctx.institution ? `${INSTITUTION_LEVEL_LABELS[ctx.institution.level]} · ${INSTITUTION_KIND_LABELS[ctx.institution.kind]}` : '未设置';

export function header(ctx: ReportContext): Pick<ReportModel, 'institution' | 'ruleSet' | 'generatedAt' | 'quality'> {
  const i = ctx.institution;
  return {
    institution: i ? i.name : '（未设置院校信息）',
    ruleSet: `${ctx.ruleSet.name}，第 ${ctx.ruleSet.version} 版${ctx.ruleSet.version === 0 ? '（内置，未修改）' : ''}`,
    generatedAt: ctx.generatedAt,
    quality: ctx.quality,
  };
}

/** A file name without characters Windows refuses. */
export const safeFileName = (name: string): string => name.replace(/[\\/:*?"<>|\s]+/g, '_');
