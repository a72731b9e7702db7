// A school's own teaching indicator (本校自定指标), built from the 规则集 page's form. It is an ordinary
// teaching rule of the rule set: the same engine counts it, the same reports list it.
import type { Category, FacultyType, Form, InstitutionKind, InstitutionLevel, Method } from '../enums.ts';
import { BUILTIN_TEACHING } from './builtin-teaching.ts';
import { teachingRuleSchema, type TeachingRule } from './schema.ts';

/** The plan a school's own rule cites: not a published plan but the school's own decision. */
export const SCHOOL_PLAN = '本校规定';

export interface CustomTeachingInput {
  id: string;
  label: string;
  numeratorLabel: string;
  shape: TeachingRule['shape'];
  scope: TeachingRule['scope'];
  perClass: boolean;
  categories: Category[];
  methods: Method[];
  forms: Form[];
  lecturerTypes: FacultyType[];
  /** `any` counts every course; `yes`/`no` only case courses or only the others. */
  caseCourse: 'any' | 'yes' | 'no';
  /** A percentage (0-100) for a ratio, hours for an hours rule, as the form shows it. */
  threshold: number;
  minLevel: InstitutionLevel;
  kinds: InstitutionKind[];
  /** The school's decision the rule follows, e.g. “校委会2026年第3次会议决定”. */
  basis: string;
}

export const isBuiltinTeachingRule = (id: string): boolean => BUILTIN_TEACHING.some((r) => r.id === id);

/** The first free id of the form `X1`, `X2`, … so a new rule never collides with one already in the set. */
export function nextCustomId(taken: readonly string[]): string {
  const used = new Set(taken);
  for (let n = 1; ; n++) if (!used.has(`X${n}`)) return `X${n}`;
}

/** Builds the rule; an empty selector list means “not restricted” and is left out, as in the built-in rules. */
export function customTeachingRule(input: CustomTeachingInput): TeachingRule {
  const numerator: TeachingRule['numerator'] = {};
  if (input.categories.length > 0) numerator.categories = input.categories;
  if (input.methods.length > 0) numerator.methods = input.methods;
  if (input.forms.length > 0) numerator.forms = input.forms;
  if (input.lecturerTypes.length > 0) numerator.lecturerTypes = input.lecturerTypes;
  if (input.caseCourse !== 'any') numerator.caseCourse = input.caseCourse === 'yes';
  return {
    id: input.id.trim(),
    label: input.label.trim(),
    numeratorLabel: input.numeratorLabel.trim(),
    shape: input.shape,
    scope: input.scope,
    perClass: input.perClass,
    numerator,
    threshold: input.shape === 'ratio' ? input.threshold / 100 : input.threshold,
    applicability: { minLevel: input.minLevel, kinds: input.kinds },
    source: { plan: SCHOOL_PLAN, clause: input.basis.trim() },
    enabled: true,
  };
}

/** A form field, or `numerator` for the counting conditions taken together. */
export type CustomTeachingField = keyof CustomTeachingInput | 'numerator';

/** Field-named problems of a new rule against the rule set it joins; empty when it can be added. */
export function customTeachingProblems(input: CustomTeachingInput, takenIds: readonly string[]): Partial<Record<CustomTeachingField, string>> {
  const problems: Partial<Record<CustomTeachingField, string>> = {};
  if (takenIds.includes(input.id.trim())) problems.id = `编号“${input.id.trim()}”已被其他规则使用`;
  const numeratorEmpty =
    input.categories.length + input.methods.length + input.forms.length + input.lecturerTypes.length === 0 && input.caseCourse === 'any';
  // A ratio of all hours to all hours is always 100%: such a rule measures nothing.
  if (input.shape === 'ratio' && numeratorEmpty) problems.numerator = '比例指标至少应限定一项计入条件';
  if (input.shape === 'ratio' && input.threshold > 100) problems.threshold = '比例阈值应在 0% 到 100% 之间';
  const parsed = teachingRuleSchema.safeParse(customTeachingRule(input));
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const field = fieldOf(issue.path);
      if (field && !problems[field]) problems[field] = issue.message;
    }
  return problems;
}

function fieldOf(path: readonly PropertyKey[]): CustomTeachingField | undefined {
  const [head, next] = path;
  if (head === 'source') return 'basis';
  if (head === 'applicability') return next === 'kinds' ? 'kinds' : 'minLevel';
  if (head === 'numerator') return 'numerator';
  if (head === 'id' || head === 'label' || head === 'numeratorLabel' || head === 'threshold') return head;
  return undefined;
}
