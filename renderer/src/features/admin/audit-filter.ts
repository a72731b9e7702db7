import type { MethodInput } from '../../../../shared/api/contract.ts';

export const AUDIT_PAGE_SIZE = 50;
export const AUDIT_FILTER_KEYS = ['user', 'action', 'kind', 'recordId', 'from', 'to', 'q', 'page'] as const;
export type AuditFilterKey = (typeof AUDIT_FILTER_KEYS)[number];
export type AuditFilterValues = Partial<Record<AuditFilterKey, string>>;

/** The filters kept in the address as audit.list's input (local days, one page). */
export function auditQuery(v: AuditFilterValues): MethodInput<'audit.list'> {
  const page = Math.max(1, Number(v.page) || 1);
  return {
    ...(v.user ? { user: v.user } : {}),
    ...(v.action ? { action: v.action } : {}),
    ...(v.kind ? { kind: v.kind } : {}),
    ...(v.recordId ? { recordId: v.recordId } : {}),
    ...(v.from ? { from: v.from } : {}),
    ...(v.to ? { to: v.to } : {}),
    ...(v.q ? { q: v.q } : {}),
    timezoneOffset: new Date().getTimezoneOffset(),
    limit: AUDIT_PAGE_SIZE,
    offset: (page - 1) * AUDIT_PAGE_SIZE,
  };
}
