import type { Institution } from '../../../shared/domain/types.ts';
import type { Ctx } from './context.ts';

export async function getInstitution(ctx: Ctx): Promise<Institution | null> {
  const row = await ctx.db.selectFrom('institution').select(['name', 'level', 'kind']).executeTakeFirst();
  return row ? { name: row.name, level: row.level as Institution['level'], kind: row.kind as Institution['kind'] } : null;
}

export async function updateInstitution(ctx: Ctx, i: Institution): Promise<Institution> {
  await ctx.db
    .insertInto('institution')
    .values({ id: 1, ...i })
    .onConflict((oc) => oc.column('id').doUpdateSet(i))
    .execute();
  return i;
}
