import type { MethodOutput } from '../../../../shared/api/contract.ts';
import type { Institution } from '../../../../shared/domain/types.ts';

/** A store with no institution and no records: the first run. */
export function isEmptyStore(counts: MethodOutput<'app.info'>['counts'], institution: Institution | null): boolean {
  return institution === null && Object.values(counts).every((n) => n === 0);
}
