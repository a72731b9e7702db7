// 口径 4: which classes a teaching rule counts.
import type { TeachingRule } from '../rules/schema.ts';
import type { TrainingClass } from '../types.ts';

export function inScope(rule: TeachingRule, klass: TrainingClass): boolean {
  switch (rule.scope) {
    case 'all':
      return true;
    case 'main':
      return klass.isMain;
    case 'party_spirit':
      return klass.isPartySpirit;
  }
}

export const SCOPE_LABELS: Record<TeachingRule['scope'], string> = {
  all: '全部班次',
  main: '主体班次',
  party_spirit: '党性教育培训班次（逐班计算）',
};
