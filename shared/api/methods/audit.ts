// The audit log (administrators): search and filter, export; and a trainee's personal data: export all
// of it, or erase the trainee (their audit entries stay, stripped of personal values).
import { z } from 'zod';
import { command, query } from '../method.ts';

export const ERASED_MARKER = '[已删除的个人信息]';

export const auditEntrySchema = z.object({
  id: z.number(),
  at: z.string(),
  username: z.string(),
  method: z.string(),
  kind: z.string(),
  recordId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});

export const auditFilter = z.object({
  user: z.string().max(50).optional(),
  /** The part of the method after the dot: create, update, delete, import, restore… */
  action: z.string().max(50).optional(),
  kind: z.string().max(50).optional(),
  recordId: z.string().max(200).optional(),
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '应为日期（YYYY-MM-DD）').optional(),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '应为日期（YYYY-MM-DD）').optional(),
  /** The caller's Date.getTimezoneOffset(): from/to are the caller's local days (entries are stored in UTC). */
  timezoneOffset: z.number().int().min(-840).max(840).optional(),
  q: z.string().trim().max(200).optional(),
  limit: z.number().int().min(1).max(10_000).optional(),
  offset: z.number().int().min(0).optional(),
});

export const auditMethods = {
  'audit.list': query(auditFilter, z.object({ rows: z.array(auditEntrySchema), total: z.number() })),
  'audit.export': query(
    auditFilter.extend({ format: z.enum(['csv', 'xlsx']) }),
    z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string(), rows: z.number() }),
  ),
  'personalData.export': query(
    z.object({ trainee: z.string().min(1).max(100) }),
    z.object({ trainee: z.unknown(), trainingRecords: z.array(z.unknown()), audit: z.array(auditEntrySchema), exportedAt: z.string() }),
  ),
  'personalData.erase': command(
    z.object({ trainee: z.string().min(1).max(100) }),
    z.object({ erased: z.literal(true), trainingRecords: z.number(), auditEntriesStripped: z.number() }),
  ),
};
