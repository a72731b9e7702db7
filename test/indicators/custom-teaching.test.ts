// A school's own teaching indicator built from the 规则集 form: the rule it makes, and the problems refused.
import { describe, expect, it } from 'vitest';
import { builtinRuleSet } from '../../shared/domain/rules/builtin.ts';
import { customTeachingProblems, customTeachingRule, isBuiltinTeachingRule, nextCustomId, type CustomTeachingInput } from '../../shared/domain/rules/custom-teaching.ts';
import { ruleSetSchema } from '../../shared/domain/rules/schema.ts';

const input = (over: Partial<CustomTeachingInput> = {}): CustomTeachingInput => ({
  id: 'X1',
  label: '主体班次现场教学比重',
  numeratorLabel: '现场教学',
  shape: 'ratio',
  scope: 'main',
  perClass: false,
  categories: [],
  methods: [],
  forms: ['field'],
  lecturerTypes: [],
  caseCourse: 'any',
  threshold: 10,
  minLevel: 'county',
  kinds: ['party_school'],
  basis: '校委会2026年第3次会议决定',
  ...over,
});
const builtinIds = () => {
  const set = builtinRuleSet();
  return [...set.teaching, ...set.renewal, ...set.trainee].map((r) => r.id);
};

describe('a school’s own teaching indicator', () => {
  it('becomes a rule the rule set accepts: percent to ratio, empty lists left out, the school as its source', () => {
    const rule = customTeachingRule(input({ caseCourse: 'yes', lecturerTypes: ['leader'] }));
    expect(rule).toEqual({
      id: 'X1',
      label: '主体班次现场教学比重',
      numeratorLabel: '现场教学',
      shape: 'ratio',
      scope: 'main',
      perClass: false,
      numerator: { forms: ['field'], lecturerTypes: ['leader'], caseCourse: true },
      threshold: 0.1,
      applicability: { minLevel: 'county', kinds: ['party_school'] },
      source: { plan: '本校规定', clause: '校委会2026年第3次会议决定' },
      enabled: true,
    });
    const set = builtinRuleSet();
    set.teaching.push(rule);
    expect(ruleSetSchema.safeParse(set).success).toBe(true);
  });

  it('keeps hours as hours', () => {
    expect(customTeachingRule(input({ shape: 'hours', threshold: 12 })).threshold).toBe(12);
  });

  it('names the field of each problem', () => {
    expect(customTeachingProblems(input(), builtinIds())).toEqual({});
    expect(customTeachingProblems(input({ id: 'T4a' }), builtinIds()).id).toBe('编号“T4a”已被其他规则使用');
    expect(customTeachingProblems(input({ id: '1abc' }), builtinIds()).id).toMatch(/字母开头/);
    expect(customTeachingProblems(input({ forms: [] }), builtinIds()).numerator).toBe('比例指标至少应限定一项计入条件');
    expect(customTeachingProblems(input({ shape: 'hours', forms: [] }), builtinIds())).toEqual({});
    expect(customTeachingProblems(input({ threshold: 120 }), builtinIds()).threshold).toMatch(/0% 到 100%/);
    expect(customTeachingProblems(input({ kinds: [] }), builtinIds()).kinds).toBe('至少选择一种院校类型');
    expect(customTeachingProblems(input({ basis: ' ' }), builtinIds()).basis).toBeDefined();
  });

  it('suggests the first free id and tells built-in rules from the school’s own', () => {
    expect(nextCustomId(builtinIds())).toBe('X1');
    expect(nextCustomId([...builtinIds(), 'X1', 'X3'])).toBe('X2');
    expect(isBuiltinTeachingRule('T4a')).toBe(true);
    expect(isBuiltinTeachingRule('X1')).toBe(false);
  });
});
