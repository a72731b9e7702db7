// Indicator commands print the contract's JSON exactly; which rule set produced it goes to standard error
// (and into the JSON with --detail).
import type { RuleSetStamp } from '../../../shared/api/methods/indicators.ts';
import type { ParsedArgs } from '../args.ts';
import type { CliIo } from '../command.ts';

export const wantsDetail = (args: ParsedArgs): boolean => args.options.has('detail');
export const wantsNotApplicable = (args: ParsedArgs): boolean => args.options.has('include-not-applicable');

export function noteRuleSet(io: CliIo, stamp: RuleSetStamp): void {
  io.err(`规则集：${stamp.version === 0 ? '内置规则（未修改）' : `第 ${stamp.version} 版`}，${stamp.name}`);
}
