import type { ExchangeKind } from '../../../shared/exchange/fields.ts';
import { cachedUntilChange } from '../store/data-cache.ts';
import { KIND_TABLES } from '../store/kind-tables.ts';
import { prepared } from '../store/statements.ts';
import type { Ctx } from './context.ts';

/**
 * How many records of each kind the store holds. Counting a million training records takes tens of
 * milliseconds and every screen asks (app.info), so the counts are kept until the data next changes.
 */
export function storeCounts(ctx: Ctx): Record<ExchangeKind, number> {
  return cachedUntilChange(ctx.sqlite, 'storeCounts', () => {
    const counts = {} as Record<ExchangeKind, number>;
    for (const [kind, table] of Object.entries(KIND_TABLES) as [ExchangeKind, string][]) {
      counts[kind] = prepared(ctx.sqlite, `SELECT count(*) FROM ${table}`).pluck().get() as number;
    }
    return counts;
  });
}
