// Seed 001's course-renewal indicators (课程更新指标), as shipped.
import type { RenewalRule } from './schema.ts';

export const BUILTIN_RENEWAL: RenewalRule[] = [
  {
    id: 'R1',
    label: '主体班次课程更新率（年均）',
    shape: 'course_renewal',
    threshold: 0.2,
    planStart: 2023,
    planEnd: 2027,
    applicability: { minLevel: 'provincial', kinds: ['party_school', 'cadre_college'] },
    source: { plan: '001', clause: '省级以上的党校（行政学院）、干部学院主体班次课程更新率年均不少于20%' },
    enabled: true,
  },
  {
    id: 'R2',
    label: '网络培训平台课程更新学时',
    shape: 'online_hours',
    threshold: 100,
    applicability: { minLevel: 'provincial', kinds: ['party_school', 'cadre_college'] },
    source: { plan: '001', clause: '省级以上干部网络培训平台课程更新每年不少于100学时' },
    enabled: true,
  },
];
