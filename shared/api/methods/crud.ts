// Create, read, update, delete and list with filters, for every kind of record.
import { z } from 'zod';
import { CATEGORIES, FACULTY_TYPES, METHODS } from '../../domain/enums.ts';
import {
  classSchema,
  courseSchema,
  dateSchema,
  facultySchema,
  idSchema,
  onlineCourseSchema,
  semesterSchema,
  sessionSchema,
  traineeSchema,
  trainingRecordSchema,
  yearSchema,
} from '../../domain/schemas.ts';
import { command, query, type MethodSpec } from '../method.ts';

/** Every list is paged; the largest page still fits a 50,000-trainee list in one answer. */
export const MAX_PAGE = 100_000;
const paging = {
  q: z.string().trim().max(200).optional(),
  limit: z.number().int().min(1).max(MAX_PAGE).optional(),
  offset: z.number().int().min(0).optional(),
};
const byId = z.object({ id: idSchema });
const deleted = z.object({ id: z.string(), deleted: z.literal(true) });

type Crud<K extends string, E extends z.ZodType, F extends z.ZodType> = {
  [P in `${K}.list`]: MethodSpec<F, z.ZodObject<{ rows: z.ZodArray<E>; total: z.ZodNumber }>>;
} & { [P in `${K}.get`]: MethodSpec<typeof byId, E> } & { [P in `${K}.create` | `${K}.update`]: MethodSpec<E, E> } & {
  [P in `${K}.delete`]: MethodSpec<z.ZodObject<{ id: typeof idSchema; cascade: z.ZodOptional<z.ZodBoolean> }>, typeof deleted>;
};

function crud<K extends string, E extends z.ZodType, F extends z.ZodType>(kind: K, entity: E, filters: F): Crud<K, E, F> {
  return {
    [`${kind}.list`]: query(filters, z.object({ rows: z.array(entity), total: z.number() })),
    [`${kind}.get`]: query(byId, entity),
    [`${kind}.create`]: command(entity, entity),
    [`${kind}.update`]: command(entity, entity),
    [`${kind}.delete`]: command(z.object({ id: idSchema, cascade: z.boolean().optional() }), deleted),
  } as Crud<K, E, F>;
}

/** A list's order: by `sort` (names in pinyin order), ties by id; `desc` reverses it. */
const ordering = <S extends readonly [string, ...string[]]>(sorts: S) => ({ sort: z.enum(sorts).optional(), desc: z.boolean().optional() });

export const semesterFilter = z.object({ ...paging, year: yearSchema.optional() });
/** Ordered by id when no sort is given. */
export const FACULTY_SORTS = ['id', 'name', 'organization'] as const;
export const facultyFilter = z.object({
  ...paging,
  ...ordering(FACULTY_SORTS),
  type: z.enum(FACULTY_TYPES).optional(),
  organization: z.string().max(500).optional(),
  tier: z.string().max(500).optional(),
});
/** Ordered by id when no sort is given; `first` is the year first offered. */
export const COURSE_SORTS = ['id', 'title', 'first'] as const;
export const courseFilter = z.object({
  ...paging,
  ...ordering(COURSE_SORTS),
  category: z.enum(CATEGORIES).optional(),
  method: z.enum(METHODS).optional(),
  isCase: z.boolean().optional(),
  firstOfferedYear: yearSchema.optional(),
  revisedYear: yearSchema.optional(),
  includeRetired: z.boolean().optional(),
});
/** Ordered by start date when no sort is given. */
export const CLASS_SORTS = ['start', 'name', 'id'] as const;
export const classFilter = z.object({
  ...paging,
  ...ordering(CLASS_SORTS),
  semester: idSchema.optional(),
  isMain: z.boolean().optional(),
  isPartySpirit: z.boolean().optional(),
});
export const sessionFilter = z.object({
  ...paging,
  class: idSchema.optional(),
  semester: idSchema.optional(),
  course: idSchema.optional(),
  lecturer: idSchema.optional(),
  from: dateSchema.optional(),
  to: dateSchema.optional(),
});
export const onlineCourseFilter = z.object({ ...paging, year: yearSchema.optional() });
export const TRAINEE_SORTS = ['id', 'name', 'group', 'organization'] as const;
export const traineeFilter = z.object({
  ...paging,
  group: z.string().max(50).optional(),
  organization: z.string().max(500).optional(),
  /** Ordered by id when no sort is given. */
  ...ordering(TRAINEE_SORTS),
});
export const trainingRecordFilter = z.object({
  ...paging,
  trainee: idSchema.optional(),
  from: dateSchema.optional(),
  to: dateSchema.optional(),
});

export const crudMethods = {
  ...crud('semesters', semesterSchema, semesterFilter),
  ...crud('faculty', facultySchema, facultyFilter),
  ...crud('courses', courseSchema, courseFilter),
  ...crud('classes', classSchema, classFilter),
  ...crud('sessions', sessionSchema, sessionFilter),
  ...crud('onlineCourses', onlineCourseSchema, onlineCourseFilter),
  ...crud('trainees', traineeSchema, traineeFilter),
  ...crud('trainingRecords', trainingRecordSchema, trainingRecordFilter),
};
