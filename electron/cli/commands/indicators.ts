import type { CliCommand } from '../command.ts';
import { requireOption } from '../command.ts';
import { noteRuleSet, wantsDetail, wantsNotApplicable } from './rule-set-note.ts';

export const indicatorsCommand: CliCommand = {
  usage: 'indicators --semester ID [--detail] [--include-not-applicable]',
  summary: '计算学期教学指标（T1a、T1b、T2、T3、T4a、T4b）',
  async run(backend, args, io) {
    const semester = requireOption(args, 'semester', '学期编号，如 2026S');
    const detail = wantsDetail(args);
    const { ruleSet, ...answer } = await backend.invoke('indicators.semester', {
      semester,
      detail,
      includeNotApplicable: wantsNotApplicable(args),
    });
    noteRuleSet(io, ruleSet);
    io.out(detail ? { ...answer, ruleSet } : answer);
    return 0;
  },
};
