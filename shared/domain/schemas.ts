// Zod schemas of the records: the API validates every input against these at the boundary.
import { z } from 'zod';
import { isIsoDate, isTime, MAX_HOURS, MAX_YEAR, MIN_YEAR } from '../exchange/values.ts';
import {
  CATEGORIES,
  FACULTY_TYPES,
  FORMS,
  INSTITUTION_KINDS,
  INSTITUTION_LEVELS,
  METHODS,
  ORGANIZER_LEVELS,
  RECORD_KINDS,
} from './enums.ts';

z.config(z.locales.zhCN());

// SQLite ends a text at NUL, so a value holding one would not be stored as given.
const noNul = (s: string): boolean => !s.includes('\u0000');
const NUL_MESSAGE = '不能含有空字符（\\u0000）';
export const idSchema = z.string().trim().min(1, '编号不能为空').max(100, '编号最多 100 字').refine(noNul, NUL_MESSAGE);
const name = z.string().trim().min(1, '不能为空').max(500, '最多 500 字').refine(noNul, NUL_MESSAGE);
const optionalText = z.string().trim().max(500, '最多 500 字').refine(noNul, NUL_MESSAGE).nullable();
export const dateSchema = z.string().refine(isIsoDate, '应为有效日期（YYYY-MM-DD）');
export const yearSchema = z.number().int('应为整数年份').min(MIN_YEAR, `年份不能早于 ${MIN_YEAR}`).max(MAX_YEAR, `年份不能晚于 ${MAX_YEAR}`);
export const hoursSchema = z.number().min(0, '不能为负数').max(MAX_HOURS, `不能超过 ${MAX_HOURS}`);
const years = z.array(yearSchema).max(200);

export const institutionSchema = z.object({
  name,
  level: z.enum(INSTITUTION_LEVELS),
  kind: z.enum(INSTITUTION_KINDS),
});

export const semesterSchema = z
  .object({ id: idSchema, name, year: yearSchema, start: dateSchema, end: dateSchema })
  .refine((s) => s.end >= s.start, { message: '结束日期不能早于开始日期', path: ['end'] });

export const facultySchema = z.object({
  id: idSchema,
  name,
  type: z.enum(FACULTY_TYPES),
  title: optionalText,
  organization: optionalText,
  tier: optionalText,
});

export const courseSchema = z.object({
  id: idSchema,
  title: name,
  category: z.enum(CATEGORIES).nullable(),
  method: z.enum(METHODS).nullable(),
  form: z.enum(FORMS).nullable(),
  firstOfferedYear: yearSchema.nullable(),
  revisedYears: years,
  isCase: z.boolean(),
  retired: z.boolean(),
});

export const courseRevisionSchema = z.object({
  year: yearSchema,
  date: dateSchema.nullable(),
  note: optionalText,
});

export const classSchema = z
  .object({
    id: idSchema,
    name,
    semester: idSchema,
    isMain: z.boolean(),
    isPartySpirit: z.boolean(),
    start: dateSchema.nullable(),
    end: dateSchema.nullable(),
    traineeCount: z.number().int().min(0, '不能为负数').max(1_000_000).nullable(),
  })
  .refine((c) => !c.start || !c.end || c.end >= c.start, { message: '结业日期不能早于开班日期', path: ['end'] });

export const sessionSchema = z.object({
  id: idSchema,
  class: idSchema,
  course: idSchema,
  date: dateSchema,
  start: z.string().refine(isTime, '应为有效时间（HH:MM）').nullable(),
  hours: hoursSchema,
  category: z.enum(CATEGORIES).nullable(),
  method: z.enum(METHODS).nullable(),
  form: z.enum(FORMS).nullable(),
  lecturers: z.array(idSchema).max(50).refine((ids) => new Set(ids).size === ids.length, '授课教师不能重复'),
});

export const onlineCourseSchema = z.object({
  id: idSchema,
  title: name,
  hours: hoursSchema,
  publishedYear: yearSchema.nullable(),
  revisedYears: years,
});

export const traineeSchema = z.object({
  id: idSchema,
  name,
  group: z.string().trim().min(1).max(50).nullable(),
  organization: optionalText,
  exempt: z.boolean(),
});

export const trainingRecordSchema = z.object({
  id: idSchema,
  trainee: idSchema,
  date: dateSchema,
  hours: hoursSchema,
  days: hoursSchema,
  kind: z.enum(RECORD_KINDS),
  fullTime: z.boolean(),
  theory: z.boolean(),
  organizerLevel: z.enum(ORGANIZER_LEVELS).nullable(),
  class: idSchema.nullable(),
});
