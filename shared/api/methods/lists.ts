// What a long list needs beyond its pages (crud.ts): the values its filters offer and its size, over
// every row, not only those read so far.
import { z } from 'zod';
import { query } from '../method.ts';

export const listMethods = {
  /** Every trainee's count, and the distinct rule groups and work units to filter by (sorted). */
  'trainees.facets': query(z.object({}), z.object({ total: z.number(), groups: z.array(z.string()), organizations: z.array(z.string()) })),
};
