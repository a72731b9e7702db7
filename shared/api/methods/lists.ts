// What a long list needs beyond its pages (crud.ts): the values its filters offer and its size, over
// every row, not only those read so far.
import { z } from 'zod';
import { query } from '../method.ts';

export const listMethods = {
  /** Every trainee's count, and the distinct rule groups (by code) and work units (in pinyin order) to filter by. */
  'trainees.facets': query(z.object({}), z.object({ total: z.number(), groups: z.array(z.string()), organizations: z.array(z.string()) })),
  /** The departments and tiers of the whole pool to filter by (in pinyin order). */
  'faculty.facets': query(z.object({}), z.object({ organizations: z.array(z.string()), tiers: z.array(z.string()) })),
  /** The years the catalog's courses (retired ones too) were first offered or revised, newest first. */
  'courses.facets': query(z.object({}), z.object({ years: z.array(z.number()) })),
};
