// A report as data: what every writer (HTML/PDF, xlsx, docx) lays out, and what the app previews.
// Builders fill it from the indicator engine's results; writers never compute a figure themselves.

export type ReportKind = 'semester' | 'renewal' | 'faculty' | 'compliance';

export const REPORT_TITLES: Record<ReportKind, string> = {
  semester: '学期教学指标统计表',
  renewal: '年度课程更新情况',
  faculty: '师资授课统计',
  compliance: '学员学时达标情况',
};

/** How a column's numbers are shown: a ratio as a percent, hours with up to two decimals. */
export type ColumnFormat = 'text' | 'integer' | 'number' | 'percent';
export type Tone = 'pass' | 'fail' | 'muted';

export interface ReportColumn {
  header: string;
  format: ColumnFormat;
  /** Relative width (characters of a CJK font) for xlsx and docx. */
  width: number;
}

export type ReportCell = string | number | null;

export interface ReportRow {
  cells: ReportCell[];
  /** Colours the status cell (or the row) in every writer. */
  tone?: Tone;
  /** A total or subtotal row, set in bold. */
  total?: boolean;
}

export interface ReportTable {
  /** Short name, also the xlsx sheet's name (at most 31 characters). */
  name: string;
  columns: ReportColumn[];
  rows: ReportRow[];
  /** Shown when there are no rows. */
  empty?: string;
}

export interface ReportChart {
  title: string;
  format: 'percent' | 'number';
  bars: { label: string; value: number | null; threshold: number | null; tone?: Tone }[];
}

export interface ReportSection {
  title: string;
  paragraphs?: string[];
  table?: ReportTable;
  chart?: ReportChart;
}

export interface ReportModel {
  kind: ReportKind;
  title: string;
  institution: string;
  /** The period in words, e.g. “2026年春季学期（2026-03-01 至 2026-07-15）”. */
  period: string;
  /** The rule set and its version that produced the figures. */
  ruleSet: string;
  generatedAt: string;
  /** Headline facts shown under the title. */
  summary: { label: string; value: string }[];
  sections: ReportSection[];
  /** The counting rules (口径) applied. */
  countingRules: string[];
  quality: {
    /** The checks that ran and how many findings each made. */
    checks: { label: string; findings: number }[];
    findings: { severity: string; message: string }[];
    /** Said when the report's kind has no semester to check. */
    note?: string;
  };
  /** Base name for exported files, without extension. */
  fileName: string;
}
