import { ROLE_LABELS, ROLES } from '../../../../shared/domain/roles.ts';

/** The roles as choices of a select, in the order 管理员, 教务员, 评估员. */
export const ROLE_OPTIONS = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));
