import { StoreError } from '../../backend/errors.ts';
import type { CliCommand } from '../command.ts';
import { requireOption } from '../command.ts';
import { noteRuleSet, wantsDetail, wantsNotApplicable } from './rule-set-note.ts';

export const renewalCommand: CliCommand = {
  usage: 'renewal --year Y [--detail] [--include-not-applicable]',
  summary: '计算课程更新指标（R1 课程更新率、R2 网络课程更新学时）',
  async run(backend, args, io) {
    const text = requireOption(args, 'year', '年份，如 2026');
    const year = Number(text);
    if (!/^\d{4}$/.test(text)) throw new StoreError('VALIDATION', `参数 --year 应为四位年份，实际为“${text}”`);
    const detail = wantsDetail(args);
    const { ruleSet, ...answer } = await backend.invoke('indicators.renewal', { year, detail, includeNotApplicable: wantsNotApplicable(args) });
    noteRuleSet(io, ruleSet);
    io.out(detail ? { ...answer, ruleSet } : answer);
    return 0;
  },
};
