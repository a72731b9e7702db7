// The export progress bar's arithmetic: stages in order, counts within 生成表格, never past its stage.
import { describe, expect, it } from 'vitest';
import { REPORT_STAGES, reportPercent, stageText } from '../../shared/reports/progress.ts';

describe('report progress', () => {
  it('rises through the stages and reaches 100 only when done', () => {
    const points = REPORT_STAGES.flatMap((stage) => [reportPercent(stage, 0, 0), reportPercent(stage, 1, 1)]);
    expect(points).toEqual([...points].sort((a, b) => a - b));
    expect(reportPercent('queued', 0, 0)).toBe(0);
    expect(reportPercent('write', 1, 1)).toBeLessThan(100);
    expect(reportPercent('done', 0, 0)).toBe(100);
  });

  it('moves within 生成表格 with the rows laid out, and keeps a wrong count inside the stage', () => {
    expect(reportPercent('tables', 0, 1000)).toBe(40);
    expect(reportPercent('tables', 500, 1000)).toBe(63);
    expect(reportPercent('tables', 1000, 1000)).toBe(85);
    expect(reportPercent('tables', 5000, 1000)).toBe(85);
    expect(reportPercent('tables', -3, 1000)).toBe(40);
  });

  it('names the stage, with the rows when it counts them', () => {
    expect(stageText('collect', 0, 0)).toBe('汇总数据');
    expect(stageText('tables', 12000, 72000)).toBe('生成表格：12,000 / 72,000 行');
    expect(stageText('write', 0, 0)).toBe('写入文件');
  });
});
