// Handlers of the indicators, the data-quality checks and the rule set.
import type { indicatorMethods } from '../../../shared/api/methods/indicators.ts';
import { builtinRuleSet } from '../../../shared/domain/rules/builtin.ts';
import * as indicators from '../services/indicators.ts';
import * as rules from '../services/rule-sets.ts';
import type { HandlerMap } from './handler.ts';

export const indicatorHandlers: HandlerMap<typeof indicatorMethods> = {
  'indicators.semester': (ctx, { semester, ...options }) => indicators.semesterIndicators(ctx, semester, options),
  'indicators.renewal': (ctx, { year, ...options }) => indicators.renewalIndicators(ctx, year, options),
  'indicators.compliance': (ctx, { asOf, ...filter }) => indicators.compliance(ctx, asOf, filter),
  'indicators.drilldown': (ctx, i) => indicators.indicatorDrilldown(ctx, i.semester, i.indicator, i.class),
  'indicators.inputs': (ctx, { semester }) => indicators.indicatorInputs(ctx, semester),
  'quality.check': (ctx, { semester }) => indicators.qualityCheck(ctx, semester),
  'rules.get': (ctx) => rules.editableCopy(rules.currentRuleSet(ctx)),
  'rules.builtin': () => builtinRuleSet(),
  'rules.update': (ctx, update) => rules.editableCopy(rules.updateRuleSet(ctx, update)),
  'rules.history': (ctx, { rule }) => rules.ruleSetHistory(ctx, rule),
};
