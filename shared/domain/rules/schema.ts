// Rule sets as data: every indicator and trainee-hour rule with its thresholds, windows, scope and the
// clause of the plan it comes from. The built-in set ships the four plans; a school edits a copy.
import { z } from 'zod';
import {
  CATEGORIES,
  FACULTY_TYPES,
  FORMS,
  INSTITUTION_KINDS,
  INSTITUTION_LEVELS,
  METHODS,
  ORGANIZER_LEVELS,
  RECORD_KINDS,
} from '../enums.ts';
import { dateSchema, yearSchema } from '../schemas.ts';

const ruleId = z
  .string()
  .trim()
  .regex(/^[A-Za-z][A-Za-z0-9_]{0,29}$/, '编号应以字母开头，只含字母、数字和下划线，最多 30 个字符');
const label = z.string().trim().min(1, '不能为空').max(200, '最多 200 字');
const ratio = z.number().min(0, '不能小于 0').max(1, '不能大于 1（比例用 0 到 1 的小数）');
const amount = z.number().min(0, '不能为负数').max(100_000, '过大');

/** Where a rule comes from: the plan (a seed file's number) and the clause, quoted briefly. */
export const sourceSchema = z.object({
  plan: z.string().trim().min(1).max(100),
  clause: z.string().trim().min(1).max(1000),
});

/** Which institutions a rule applies to: levels from `minLevel` up, and these kinds. */
export const applicabilitySchema = z.object({
  minLevel: z.enum(INSTITUTION_LEVELS),
  kinds: z.array(z.enum(INSTITUTION_KINDS)).min(1, '至少选择一种院校类型'),
});

/** Hours of the sessions that match every given list; an empty selector matches every session. */
export const sessionSelectorSchema = z.object({
  categories: z.array(z.enum(CATEGORIES)).optional(),
  methods: z.array(z.enum(METHODS)).optional(),
  forms: z.array(z.enum(FORMS)).optional(),
  /** Counts each matching lecturer's equal share of a session's hours (口径 3). */
  lecturerTypes: z.array(z.enum(FACULTY_TYPES)).optional(),
  /** Only sessions of courses flagged (or not) as case courses. */
  caseCourse: z.boolean().optional(),
});

export const TEACHING_SCOPES = ['all', 'main', 'party_spirit'] as const;
export const TEACHING_SHAPES = ['ratio', 'hours'] as const;

/** A semester indicator over sessions: a ratio of selected hours to all hours of the scope, or a sum of hours. */
export const teachingRuleSchema = z.object({
  id: ruleId,
  label,
  /** What the numerator counts, as a gap message says it: “还差 12 学时案例式教学”. */
  numeratorLabel: label,
  shape: z.enum(TEACHING_SHAPES),
  /** Which classes of the semester count: every class, main classes, or party-spirit classes. */
  scope: z.enum(TEACHING_SCOPES),
  /** Computed for each class on its own; the value is the lowest class value, and every class must pass. */
  perClass: z.boolean(),
  numerator: sessionSelectorSchema,
  /** Ratio threshold (0..1) or hours, met when value >= threshold. */
  threshold: amount,
  applicability: applicabilitySchema,
  source: sourceSchema,
  enabled: z.boolean(),
});

export const renewalRuleSchema = z.discriminatedUnion('shape', [
  z.object({
    id: ruleId,
    label,
    /** Yearly renewal rate of the courses offered in main classes, averaged over the plan's years. */
    shape: z.literal('course_renewal'),
    threshold: ratio,
    planStart: yearSchema,
    planEnd: yearSchema,
    applicability: applicabilitySchema,
    source: sourceSchema,
    enabled: z.boolean(),
  }),
  z.object({
    id: ruleId,
    label,
    /** Hours of online courses published or revised in the year. */
    shape: z.literal('online_hours'),
    threshold: amount,
    applicability: applicabilitySchema,
    source: sourceSchema,
    enabled: z.boolean(),
  }),
]);

/** The records a trainee check counts. */
export const recordFilterSchema = z.object({
  kind: z.enum(RECORD_KINDS).optional(),
  fullTime: z.boolean().optional(),
  /** Records organised at this level or above (central > provincial > municipal > county); `other` never counts. */
  minOrganizerLevel: z.enum(ORGANIZER_LEVELS).optional(),
});

export const windowSchema = z.discriminatedUnion('type', [
  /** A fixed span, e.g. the plan's five years. */
  z.object({ type: z.literal('fixed'), from: dateSchema, to: dateSchema }),
  /** The calendar year of the as-of date. */
  z.object({ type: z.literal('year') }),
]);

export const measureSchema = z.discriminatedUnion('type', [
  /** Met when hours >= hours or days >= days (the texts' “或”); a missing bound is not offered. */
  z.object({ type: z.literal('hours_or_days'), hours: amount.optional(), days: amount.optional() }),
  /** Theory hours / all hours >= ratio; not met with no hours. */
  z.object({ type: z.literal('theory_ratio'), ratio }),
  /** At least `count` records. */
  z.object({ type: z.literal('count'), count: z.number().int().min(1).max(1000) }),
]);

export const traineeCheckSchema = z.object({
  /** `<rule id>.<name>`, e.g. H1.concentrated. */
  id: z.string().trim().regex(/^[A-Za-z][A-Za-z0-9_]*\.[A-Za-z][A-Za-z0-9_]*$/, '检查编号应为“规则编号.名称”'),
  label,
  records: recordFilterSchema,
  window: windowSchema,
  measure: measureSchema,
});

export const traineeRuleSchema = z.object({
  id: ruleId,
  label,
  /** Who the rule is for, as the plan says it. */
  who: label,
  /** Whether trainees flagged exempt (old or frail members) meet it without checks. */
  exemptable: z.boolean(),
  checks: z.array(traineeCheckSchema).min(1, '至少一项检查'),
  source: sourceSchema,
});

export const ruleSetSchema = z
  .object({
    name: label,
    /** Minutes of one 学时, for the time span of a session (lecturer double-booking, overlaps). */
    hourMinutes: z.number().int().min(1).max(120),
    teaching: z.array(teachingRuleSchema),
    renewal: z.array(renewalRuleSchema),
    trainee: z.array(traineeRuleSchema),
  })
  .superRefine((set, ctx) => {
    const seen = new Set<string>();
    const all = [...set.teaching, ...set.renewal, ...set.trainee];
    all.forEach((rule) => {
      if (seen.has(rule.id)) ctx.addIssue({ code: 'custom', message: `规则编号“${rule.id}”重复`, path: ['id'] });
      seen.add(rule.id);
    });
    set.trainee.forEach((rule, i) =>
      rule.checks.forEach((check, j) => {
        if (!check.id.startsWith(`${rule.id}.`))
          ctx.addIssue({ code: 'custom', message: `检查“${check.id}”应以所属规则编号“${rule.id}.”开头`, path: ['trainee', i, 'checks', j, 'id'] });
        if (check.measure.type === 'hours_or_days' && check.measure.hours === undefined && check.measure.days === undefined)
          ctx.addIssue({ code: 'custom', message: `检查“${check.id}”至少应有学时或天数要求`, path: ['trainee', i, 'checks', j, 'measure'] });
        if (check.window.type === 'fixed' && check.window.to < check.window.from)
          ctx.addIssue({ code: 'custom', message: `检查“${check.id}”的统计区间结束日期早于开始日期`, path: ['trainee', i, 'checks', j, 'window'] });
      }),
    );
    set.renewal.forEach((rule, i) => {
      if (rule.shape === 'course_renewal' && rule.planEnd < rule.planStart)
        ctx.addIssue({ code: 'custom', message: `规则“${rule.id}”的规划末年早于首年`, path: ['renewal', i, 'planEnd'] });
    });
    set.teaching.forEach((rule, i) => {
      if (rule.shape === 'ratio' && rule.threshold > 1)
        ctx.addIssue({ code: 'custom', message: `规则“${rule.id}”是比例指标，阈值应在 0 到 1 之间`, path: ['teaching', i, 'threshold'] });
    });
  });

export type RuleSource = z.infer<typeof sourceSchema>;
export type Applicability = z.infer<typeof applicabilitySchema>;
export type SessionSelector = z.infer<typeof sessionSelectorSchema>;
export type TeachingRule = z.infer<typeof teachingRuleSchema>;
export type RenewalRule = z.infer<typeof renewalRuleSchema>;
export type RecordFilter = z.infer<typeof recordFilterSchema>;
export type CheckWindow = z.infer<typeof windowSchema>;
export type CheckMeasure = z.infer<typeof measureSchema>;
export type TraineeCheck = z.infer<typeof traineeCheckSchema>;
export type TraineeRule = z.infer<typeof traineeRuleSchema>;
export type RuleSet = z.infer<typeof ruleSetSchema>;
