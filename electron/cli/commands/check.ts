import type { CliCommand } from '../command.ts';
import { requireOption } from '../command.ts';
import { noteRuleSet } from './rule-set-note.ts';

export const checkCommand: CliCommand = {
  usage: 'check --semester ID',
  summary: '数据质量检查（每班必检）：列出问题及所指记录',
  async run(backend, args, io) {
    const semester = requireOption(args, 'semester', '学期编号，如 2026S');
    const report = await backend.invoke('quality.check', { semester });
    noteRuleSet(io, report.ruleSet);
    io.out(report);
    const { error, warning, info } = report.summary;
    io.err(`检查 ${report.checks.length} 项：错误 ${error} 条，警告 ${warning} 条，提示 ${info} 条`);
    return 0;
  },
};
