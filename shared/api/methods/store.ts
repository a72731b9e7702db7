// The institution profile, the store's summary, and the exchange document.
import { z } from 'zod';
import { institutionSchema } from '../../domain/schemas.ts';
import { command, query } from '../method.ts';

const issue = z.object({ path: z.string(), message: z.string(), value: z.unknown().optional() });

export const countsSchema = z.object({
  semesters: z.number(),
  faculty: z.number(),
  courses: z.number(),
  classes: z.number(),
  sessions: z.number(),
  onlineCourses: z.number(),
  trainees: z.number(),
  trainingRecords: z.number(),
});

export const INTEGRITY_STATUSES = ['checking', 'ok', 'corrupt', 'unknown'] as const;

/** The store's full integrity check (run in the background after open): checking, ok, corrupt or unknown. */
export const integritySchema = z.object({ status: z.enum(INTEGRITY_STATUSES), message: z.string().optional() });

export const storeMethods = {
  'app.info': query(
    z.object({}),
    z.object({
      version: z.string(),
      storePath: z.string(),
      schemaVersion: z.number(),
      counts: countsSchema,
      integrity: integritySchema,
    }),
  ),
  'institution.get': query(z.object({}), institutionSchema.nullable()),
  'institution.update': command(institutionSchema, institutionSchema),
  'exchange.import': command(
    z.object({ document: z.unknown() }),
    z.object({ imported: countsSchema, warnings: z.array(issue) }),
  ),
  'exchange.export': query(z.object({}), z.record(z.string(), z.unknown())),
};
