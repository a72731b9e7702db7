// The stages of a report export and how far along a job is, for the progress bar on 报表.
// The stages are real steps of the backend's work; within 生成表格 the count is rows laid out.

export const REPORT_STAGES = ['queued', 'collect', 'tables', 'write', 'done'] as const;
export type ReportStage = (typeof REPORT_STAGES)[number];

export const REPORT_STAGE_LABELS: Record<ReportStage, string> = {
  queued: '准备中',
  collect: '汇总数据',
  tables: '生成表格',
  write: '写入文件',
  done: '已完成',
};

/**
 * Where each stage starts and ends on the 0-100 bar. Collecting the figures and writing the file have
 * no count of their own, so each gets a fixed share; laying out the tables advances with its rows.
 */
const SPAN: Record<ReportStage, [number, number]> = {
  queued: [0, 0],
  collect: [2, 40],
  tables: [40, 85],
  write: [85, 99],
  done: [100, 100],
};

export function reportPercent(stage: ReportStage, done: number, total: number): number {
  const [from, to] = SPAN[stage];
  const fraction = total > 0 ? Math.min(1, Math.max(0, done / total)) : 0;
  return Math.round(from + (to - from) * fraction);
}

/** “生成表格 12,000 / 72,000 行” or just the stage's name when it has no count. */
export function stageText(stage: ReportStage, done: number, total: number): string {
  const label = REPORT_STAGE_LABELS[stage];
  return total > 0 ? `${label}：${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')} 行` : label;
}
