// The three roles of a Jiaowu account, with their Chinese names.
export const ROLES = ['admin', 'staff', 'evaluator'] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABELS: Record<Role, string> = { admin: '管理员', staff: '教务员', evaluator: '评估员' };
