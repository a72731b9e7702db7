// The built-in rule set: the four plans' rules as shipped. A school's edits are stored as new versions.
import { BUILTIN_RENEWAL } from './builtin-renewal.ts';
import { BUILTIN_TEACHING } from './builtin-teaching.ts';
import { BUILTIN_TRAINEE } from './builtin-trainee.ts';
import { deepFreeze } from '../deep-freeze.ts';
import type { RuleSet } from './schema.ts';

/** One 学时 of a session is 45 minutes unless a school's rule set says otherwise. */
export const DEFAULT_HOUR_MINUTES = 45;

/** Shared by every store still on version 0: frozen (see `builtinRuleSet` for a copy to edit). */
export const BUILTIN_RULE_SET: RuleSet = deepFreeze({
  name: '内置规则集（干部教育培训规划2023—2027、党员教育培训规划2014—2018和2024—2028、基层干部教育培训意见2011）',
  hourMinutes: DEFAULT_HOUR_MINUTES,
  teaching: BUILTIN_TEACHING,
  renewal: BUILTIN_RENEWAL,
  trainee: BUILTIN_TRAINEE,
});

/** A fresh copy to edit: the built-in constant is shared and must never change. */
export const builtinRuleSet = (): RuleSet => structuredClone(BUILTIN_RULE_SET);
