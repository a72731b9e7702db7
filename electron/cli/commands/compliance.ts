import type { CliCommand } from '../command.ts';
import { requireOption } from '../command.ts';
import { noteRuleSet, wantsDetail } from './rule-set-note.ts';

export const complianceCommand: CliCommand = {
  usage: 'compliance --as-of YYYY-MM-DD [--detail]',
  summary: '检查每名学员的学时是否达到所属规则组的要求',
  async run(backend, args, io) {
    const asOf = requireOption(args, 'as-of', '截止日期，如 2026-12-31');
    const { ruleSet, ...answer } = await backend.invoke('indicators.compliance', { asOf });
    noteRuleSet(io, ruleSet);
    if (wantsDetail(args)) io.out({ ...answer, ruleSet });
    // The contract's shape: names and organisations only with --detail.
    else io.out({ ...answer, trainees: answer.trainees.map(({ name: _n, organization: _o, ...row }) => row) });
    io.err(`学员 ${answer.summary.trainees} 名，达标 ${answer.summary.met} 名`);
    return 0;
  },
};
