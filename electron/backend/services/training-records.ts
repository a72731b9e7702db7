import type { z } from 'zod';
import type { trainingRecordFilter } from '../../../shared/api/methods/crud.ts';
import type { TrainingRecord } from '../../../shared/domain/types.ts';
import { notFound, StoreError } from '../errors.ts';
import type { StoreSchema } from '../store/schema.ts';
import { flag, type Ctx } from './context.ts';

type RecordRow = Omit<StoreSchema['training_records'], 'days' | 'full_time' | 'theory'> & {
  days: number;
  full_time: number;
  theory: number;
};

export const toRecord = (r: RecordRow): TrainingRecord => ({
  id: r.id,
  trainee: r.trainee_id,
  date: r.date,
  hours: r.hours,
  days: r.days,
  kind: r.kind as TrainingRecord['kind'],
  fullTime: r.full_time === 1,
  theory: r.theory === 1,
  organizerLevel: r.organizer_level as TrainingRecord['organizerLevel'],
  class: r.class_id,
});
const toRow = (t: TrainingRecord): RecordRow => ({
  id: t.id,
  trainee_id: t.trainee,
  date: t.date,
  hours: t.hours,
  days: t.days,
  kind: t.kind,
  full_time: flag(t.fullTime),
  theory: flag(t.theory),
  organizer_level: t.organizerLevel,
  class_id: t.class,
});

export async function listTrainingRecords(ctx: Ctx, f: z.output<typeof trainingRecordFilter>) {
  let q = ctx.db.selectFrom('training_records');
  if (f.trainee) q = q.where('trainee_id', '=', f.trainee);
  if (f.from) q = q.where('date', '>=', f.from);
  if (f.to) q = q.where('date', '<=', f.to);
  if (f.q) q = q.where('id', 'like', `%${f.q}%`);
  const { total } = await q.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await q.selectAll().orderBy('date').orderBy('id').limit(f.limit ?? 10_000).offset(f.offset ?? 0).execute();
  return { rows: rows.map(toRecord), total };
}

export async function getTrainingRecord(ctx: Ctx, id: string): Promise<TrainingRecord> {
  const row = await ctx.db.selectFrom('training_records').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('培训记录', id);
  return toRecord(row);
}

async function checkRefs(ctx: Ctx, t: TrainingRecord): Promise<void> {
  if (!(await ctx.db.selectFrom('trainees').select('id').where('id', '=', t.trainee).executeTakeFirst()))
    throw new StoreError('VALIDATION', `学员“${t.trainee}”不存在`, [{ path: 'trainee', message: `学员“${t.trainee}”不存在` }]);
  if (t.class && !(await ctx.db.selectFrom('classes').select('id').where('id', '=', t.class).executeTakeFirst()))
    throw new StoreError('VALIDATION', `班次“${t.class}”不存在`, [{ path: 'class', message: `班次“${t.class}”不存在` }]);
}

export async function createTrainingRecord(ctx: Ctx, t: TrainingRecord): Promise<TrainingRecord> {
  await checkRefs(ctx, t);
  if (await ctx.db.selectFrom('training_records').select('id').where('id', '=', t.id).executeTakeFirst())
    throw new StoreError('CONFLICT', `培训记录编号“${t.id}”已存在`);
  await ctx.db.insertInto('training_records').values(toRow(t)).execute();
  return t;
}

export async function updateTrainingRecord(ctx: Ctx, t: TrainingRecord): Promise<TrainingRecord> {
  await checkRefs(ctx, t);
  const { numUpdatedRows } = await ctx.db.updateTable('training_records').set(toRow(t)).where('id', '=', t.id).executeTakeFirst();
  if (numUpdatedRows === 0n) throw notFound('培训记录', t.id);
  return t;
}

export async function deleteTrainingRecord(ctx: Ctx, id: string) {
  const { numDeletedRows } = await ctx.db.deleteFrom('training_records').where('id', '=', id).executeTakeFirst();
  if (numDeletedRows === 0n) throw notFound('培训记录', id);
  return { id, deleted: true as const };
}
