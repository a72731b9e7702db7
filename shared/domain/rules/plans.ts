// The published plans the built-in rules come from (the seeds beside domain.md).

export const PLANS = {
  '001': '全国干部教育培训规划（2023—2027年）',
  '002': '2014—2018年全国党员教育培训工作规划',
  '003': '关于加强基层干部教育培训工作的意见（2011年）',
  '004': '全国党员教育培训工作规划（2024—2028年）',
} as const;

export type PlanId = keyof typeof PLANS;

export const planTitle = (plan: string): string => PLANS[plan as PlanId] ?? plan;
