// A trainee's personal data: everything the store holds about them, and erasure. Erasing deletes the
// trainee and their training records, and keeps their audit entries with the personal values replaced
// by a marker and the record ids (which may embed the trainee's id) replaced by one pseudonym.
import { createHash } from 'node:crypto';
import { ERASED_MARKER } from '../../../shared/api/methods/audit.ts';
import type { Ctx } from '../services/context.ts';
import { getTrainee } from '../services/trainees.ts';
import { listTrainingRecords } from '../services/training-records.ts';
import { traineeAudit } from './query.ts';

export const pseudonym = (traineeId: string): string => `已删除-${createHash('sha256').update(traineeId).digest('hex').slice(0, 12)}`;

export async function exportPersonalData(ctx: Ctx, trainee: string) {
  const t = await getTrainee(ctx, trainee);
  const records = await listTrainingRecords(ctx, { trainee, limit: 1_000_000 });
  return { trainee: t, trainingRecords: records.rows, audit: traineeAudit(ctx, trainee), exportedAt: new Date().toISOString() };
}

export async function erasePersonalData(ctx: Ctx, trainee: string) {
  await getTrainee(ctx, trainee);
  const marker = JSON.stringify(ERASED_MARKER);
  const records = ctx.sqlite.prepare('DELETE FROM training_records WHERE trainee_id = ?').run(trainee).changes;
  ctx.sqlite.prepare('DELETE FROM trainees WHERE id = ?').run(trainee);
  const alias = pseudonym(trainee);
  const stripped = ctx.sqlite
    .prepare(
      `UPDATE audit_log SET before = CASE WHEN before IS NULL THEN NULL ELSE ? END, after = CASE WHEN after IS NULL THEN NULL ELSE ? END,
         record_id = ?, subject_trainee = ?
       WHERE subject_trainee = ?`,
    )
    .run(marker, marker, alias, alias, trainee).changes;
  return { erased: true as const, trainingRecords: records, auditEntriesStripped: stripped };
}
