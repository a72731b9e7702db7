// Indicators, data-quality checks and the school's rule set. Every indicator answer says which
// rule-set version produced it (`ruleSet`).
import { z } from 'zod';
import type { Drilldown } from '../../domain/indicators/drilldown.ts';
import type {
  ComplianceResult,
  RenewalIndicators,
  SemesterIndicators,
  TeachingData,
  TraineeCompliance,
} from '../../domain/indicators/types.ts';
import type { QualityReport } from '../../domain/quality/types.ts';
import { ruleSetSchema, type RuleSet } from '../../domain/rules/schema.ts';
import { dateSchema, idSchema, yearSchema } from '../../domain/schemas.ts';
import { command, query } from '../method.ts';

/** Which rule-set version produced a result; version 0 is the built-in set before any edit. */
export interface RuleSetStamp {
  version: number;
  name: string;
}
type Stamped<T> = T & { ruleSet: RuleSetStamp };

/** Engine results are produced by the backend itself, so they are typed, not re-validated. */
const result = <T>() => z.custom<T>(() => true);

const options = {
  /** Compute indicators that do not apply to the institution too (shown as not applicable, with figures). */
  includeNotApplicable: z.boolean().optional(),
  /** Per-class breakdown, gap, and the classes that pull a figure down. */
  detail: z.boolean().optional(),
};

export interface CurrentRuleSetView {
  version: number;
  builtin: boolean;
  createdAt: string | null;
  author: string | null;
  note: string | null;
  ruleSet: RuleSet;
}

export interface RuleSetHistoryView {
  versions: { version: number; createdAt: string; author: string; note: string | null; changes: number }[];
  changes: { version: number; at: string; author: string; rule: string; change: 'added' | 'changed' | 'removed'; before: unknown; after: unknown }[];
}

/** A trainee's result with the name and organisation the 学时达标 page shows. */
export type ComplianceRow = TraineeCompliance & { name: string; organization: string | null };

export const indicatorMethods = {
  'indicators.semester': query(z.object({ semester: idSchema, ...options }), result<Stamped<SemesterIndicators>>()),
  'indicators.renewal': query(z.object({ year: yearSchema, ...options }), result<Stamped<RenewalIndicators>>()),
  'indicators.compliance': query(
    z.object({
      asOf: dateSchema,
      group: z.string().trim().max(50).optional(),
      organization: z.string().trim().max(500).optional(),
      unmetOnly: z.boolean().optional(),
    }),
    result<Stamped<Omit<ComplianceResult, 'trainees'> & { trainees: ComplianceRow[] }>>(),
  ),
  'indicators.drilldown': query(
    z.object({ semester: idSchema, indicator: z.string().trim().min(1).max(30), class: idSchema.optional() }),
    result<Stamped<Drilldown>>(),
  ),
  /** The records one semester's indicators read, for instant what-if in the renderer. */
  'indicators.inputs': query(z.object({ semester: idSchema }), result<Stamped<{ data: TeachingData; rules: RuleSet }>>()),
  'quality.check': query(z.object({ semester: idSchema }), result<Stamped<QualityReport>>()),
  'rules.get': query(z.object({}), result<CurrentRuleSetView>()),
  'rules.builtin': query(z.object({}), result<RuleSet>()),
  'rules.update': command(
    z.object({
      ruleSet: ruleSetSchema,
      baseVersion: z.number().int().min(0),
      author: z.string().trim().min(1, '请填写修改人').max(100),
      note: z.string().trim().max(1000).optional(),
    }),
    result<CurrentRuleSetView>(),
  ),
  'rules.history': query(z.object({ rule: z.string().trim().max(30).optional() }), result<RuleSetHistoryView>()),
};
