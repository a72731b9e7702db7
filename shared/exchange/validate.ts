// Validates an exchange document (exchange-format.md) and lists every problem with its path, the
// value and a Chinese reason. Pure: the caller says which ids the store already holds, so a document
// may reference records imported earlier.
import type { Course, Semester, Session, TrainingClass, TrainingRecord } from '../domain/types.ts';
import { EXCHANGE_FORMAT, EXCHANGE_VERSION, type ExchangeData, type ExchangeIssue } from './document.ts';
import {
  EXCHANGE_KINDS,
  INSTITUTION_FIELDS,
  KIND_FIELDS,
  KIND_LABELS,
  type ExchangeKind,
  type FieldSpec,
} from './fields.ts';
import { derivedRecordId } from './record-id.ts';
import { isHours, isIsoDate, isTime, isYear, MAX_HOURS, MAX_YEAR, MIN_YEAR, showValue } from './values.ts';

export type KnownIds = (kind: ExchangeKind, id: string) => boolean;

export interface ValidationResult {
  data: ExchangeData | null;
  errors: ExchangeIssue[];
  warnings: ExchangeIssue[];
}

/** At most this many rows per kind: a larger document is refused before it is looked at row by row. */
export const MAX_ROWS_PER_KIND = 5_000_000;
const MAX_ERRORS = 1000;

type Row = Record<string, unknown>;

function isPlainObject(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

class Collector {
  errors: ExchangeIssue[] = [];
  warnings: ExchangeIssue[] = [];
  error(path: string, value: unknown, message: string): void {
    if (this.errors.length < MAX_ERRORS) this.errors.push({ path, value, message });
  }
  warn(path: string, value: unknown, message: string): void {
    if (this.warnings.length < MAX_ERRORS) this.warnings.push({ path, value, message });
  }
}

/** Checks one field; returns the normalized value (undefined when absent). */
function checkField(
  spec: FieldSpec,
  value: unknown,
  path: string,
  where: string,
  out: Collector,
  known: (kind: ExchangeKind, id: string) => boolean,
): unknown {
  const name = `${where}的“${spec.label}”`;
  // An optional text left empty stays empty, so the document's data comes back unchanged on export.
  if (value === '' && spec.type === 'text' && !spec.required) return '';
  if (value === undefined || value === null || value === '') {
    if ('required' in spec && spec.required) out.error(path, value, `${name}必须填写`);
    if (spec.type === 'refs' || spec.type === 'years') return [];
    return undefined;
  }
  switch (spec.type) {
    case 'id':
    case 'text': {
      if (typeof value !== 'string') return out.error(path, value, `${name}应为文字，实际为 ${showValue(value)}`);
      const text = value.trim();
      if (text === '' && spec.required) return out.error(path, value, `${name}必须填写`);
      // SQLite ends a text at NUL: such a value would not be stored as given
      if (text.includes('\u0000')) return out.error(path, value, `${name}含有空字符（\\u0000），请删除后再导入`);
      const max = spec.type === 'id' ? 100 : (spec.max ?? 500);
      if (text.length > max) return out.error(path, value, `${name}过长（${text.length} 字，最多 ${max} 字）`);
      return text;
    }
    case 'enum':
      if (typeof value !== 'string' || !spec.values.includes(value))
        return out.error(
          path,
          value,
          `${name}取值 ${showValue(value)} 无效，应为 ${spec.values.map((v) => `${v}（${spec.labels[v]}）`).join('、')} 之一`,
        );
      return value;
    case 'date':
      if (!isIsoDate(value)) return out.error(path, value, `${name} ${showValue(value)} 不是有效日期（格式 YYYY-MM-DD）`);
      return value;
    case 'time':
      if (!isTime(value)) return out.error(path, value, `${name} ${showValue(value)} 不是有效时间（格式 HH:MM）`);
      return value;
    case 'hours':
      if (!isHours(value))
        return out.error(path, value, `${name} ${showValue(value)} 无效，应为 0 到 ${MAX_HOURS} 之间的数`);
      return value;
    case 'count':
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 1_000_000)
        return out.error(path, value, `${name} ${showValue(value)} 无效，应为不小于 0 的整数`);
      return value;
    case 'year':
      if (!isYear(value)) return out.error(path, value, `${name} ${showValue(value)} 无效，应为 ${MIN_YEAR} 到 ${MAX_YEAR} 的年份`);
      return value;
    case 'years': {
      if (!Array.isArray(value)) return out.error(path, value, `${name}应为年份列表`);
      const years: number[] = [];
      value.forEach((y, i) => {
        if (!isYear(y)) out.error(`${path}[${i}]`, y, `${name}第 ${i + 1} 项 ${showValue(y)} 不是有效年份`);
        else if (!years.includes(y)) years.push(y);
      });
      return years.sort((a, b) => a - b);
    }
    case 'bool':
      if (typeof value !== 'boolean') return out.error(path, value, `${name}应为 true 或 false，实际为 ${showValue(value)}`);
      return value;
    case 'ref': {
      if (typeof value !== 'string' || value.trim() === '')
        return out.error(path, value, `${name}应为${KIND_LABELS[spec.kind]}编号`);
      if (!known(spec.kind, value))
        return out.error(path, value, `${name}引用的${KIND_LABELS[spec.kind]} ${showValue(value)} 不存在`);
      return value;
    }
    case 'refs': {
      if (!Array.isArray(value)) return out.error(path, value, `${name}应为${KIND_LABELS[spec.kind]}编号列表`);
      const ids: string[] = [];
      value.forEach((id, i) => {
        const p = `${path}[${i}]`;
        if (typeof id !== 'string' || id.trim() === '') out.error(p, id, `${name}第 ${i + 1} 项应为${KIND_LABELS[spec.kind]}编号`);
        else if (!known(spec.kind, id)) out.error(p, id, `${name}第 ${i + 1} 项引用的${KIND_LABELS[spec.kind]} ${showValue(id)} 不存在`);
        else if (ids.includes(id)) out.error(p, id, `${name}第 ${i + 1} 项 ${showValue(id)} 重复`);
        else ids.push(id);
      });
      return ids;
    }
  }
}

function checkRow(
  kind: ExchangeKind,
  row: unknown,
  index: number,
  out: Collector,
  known: KnownIds,
): Row | undefined {
  const base = `${kind}[${index}]`;
  const where = `${KIND_LABELS[kind]}第 ${index + 1} 条`;
  if (!isPlainObject(row)) {
    out.error(base, row, `${where}应为对象`);
    return undefined;
  }
  const fields = KIND_FIELDS[kind];
  const result: Row = {};
  const before = out.errors.length;
  for (const [key, spec] of Object.entries(fields)) {
    result[key] = checkField(spec, row[key], `${base}.${key}`, where, out, known);
  }
  for (const key of Object.keys(row)) {
    if (!(key in fields)) out.warn(`${base}.${key}`, row[key], `${where}含有未知字段“${key}”，已忽略`);
  }
  return out.errors.length === before ? result : undefined;
}

function checkRanges(kind: ExchangeKind, row: Row, index: number, out: Collector): void {
  const base = `${kind}[${index}]`;
  const where = `${KIND_LABELS[kind]}第 ${index + 1} 条`;
  if ((kind === 'semesters' || kind === 'classes') && typeof row.start === 'string' && typeof row.end === 'string') {
    if (row.start > row.end) out.error(`${base}.end`, row.end, `${where}的结束日期 ${row.end} 早于开始日期 ${row.start}`);
  }
}

export function validateExchange(input: unknown, storeHas: KnownIds = () => false): ValidationResult {
  const out = new Collector();
  if (!isPlainObject(input)) {
    out.error('', input, '交换文件应为 JSON 对象');
    return { data: null, errors: out.errors, warnings: out.warnings };
  }
  if (input.format !== EXCHANGE_FORMAT)
    out.error('format', input.format, `“format”应为 "${EXCHANGE_FORMAT}"，实际为 ${showValue(input.format)}`);
  if (input.version !== EXCHANGE_VERSION)
    out.error('version', input.version, `不支持的交换格式版本 ${showValue(input.version)}，本程序支持版本 ${EXCHANGE_VERSION}`);

  const topLevel = new Set(['format', 'version', 'institution', ...EXCHANGE_KINDS]);
  for (const key of Object.keys(input)) {
    if (!topLevel.has(key)) out.warn(key, undefined, `交换文件含有未知部分“${key}”，已忽略`);
  }

  // Ids declared by the document, per kind; duplicates are errors at their second occurrence.
  const declared = new Map<ExchangeKind, Set<string>>();
  const lists = new Map<ExchangeKind, unknown[]>();
  for (const kind of EXCHANGE_KINDS) {
    const list = input[kind];
    const ids = new Set<string>();
    declared.set(kind, ids);
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      out.error(kind, undefined, `“${kind}”（${KIND_LABELS[kind]}）应为数组`);
      continue;
    }
    if (list.length > MAX_ROWS_PER_KIND) {
      out.error(kind, list.length, `${KIND_LABELS[kind]}共 ${list.length} 条，超过上限 ${MAX_ROWS_PER_KIND} 条`);
      continue;
    }
    lists.set(kind, list);
    list.forEach((row, i) => {
      if (!isPlainObject(row) || typeof row.id !== 'string' || row.id.trim() === '') return;
      const id = row.id.trim();
      if (ids.has(id)) out.error(`${kind}[${i}].id`, row.id, `${KIND_LABELS[kind]}第 ${i + 1} 条的编号 ${showValue(row.id)} 与前面的记录重复`);
      ids.add(id);
    });
  }
  const known: KnownIds = (kind, id) => declared.get(kind)!.has(id) || storeHas(kind, id);

  let institution: ExchangeData['institution'] = null;
  if (input.institution !== undefined) {
    if (!isPlainObject(input.institution)) out.error('institution', input.institution, '“institution”（院校信息）应为对象');
    else {
      const row: Row = {};
      for (const [key, spec] of Object.entries(INSTITUTION_FIELDS)) {
        row[key] = checkField(spec, input.institution[key], `institution.${key}`, '院校信息', out, known);
      }
      for (const key of Object.keys(input.institution)) {
        if (!(key in INSTITUTION_FIELDS)) out.warn(`institution.${key}`, undefined, `院校信息含有未知字段“${key}”，已忽略`);
      }
      institution = {
        name: row.name as string,
        level: row.level as NonNullable<ExchangeData['institution']>['level'],
        kind: (row.kind as NonNullable<ExchangeData['institution']>['kind'] | undefined) ?? 'party_school',
      };
    }
  }

  const rows = new Map<ExchangeKind, Row[]>();
  for (const kind of EXCHANGE_KINDS) {
    const checked: Row[] = [];
    (lists.get(kind) ?? []).forEach((raw, i) => {
      const row = checkRow(kind, raw, i, out, known);
      if (!row) return;
      checkRanges(kind, row, i, out);
      checked.push(row);
    });
    rows.set(kind, checked);
  }
  if (out.errors.length > 0) return { data: null, errors: out.errors, warnings: out.warnings };

  const occurrences = new Map<string, number>();
  const nextRecordId = (r: Record<string, unknown>): string => {
    const base = derivedRecordId(r);
    const n = occurrences.get(base) ?? 0;
    occurrences.set(base, n + 1);
    return derivedRecordId(r, n);
  };
  const get = (kind: ExchangeKind) => rows.get(kind) ?? [];
  const opt = <T>(v: unknown): T | null => (v === undefined ? null : (v as T));
  const data: ExchangeData = {
    institution,
    semesters: get('semesters').map((r) => r as unknown as Semester),
    faculty: get('faculty').map((r) => ({
      id: r.id as string,
      name: r.name as string,
      type: (r.type as ExchangeData['faculty'][number]['type'] | undefined) ?? 'other',
      title: opt(r.title),
      organization: opt(r.organization),
      tier: opt(r.tier),
    })),
    courses: get('courses').map(
      (r): Course => ({
        id: r.id as string,
        title: r.title as string,
        category: opt(r.category),
        method: opt(r.method),
        form: opt(r.form),
        firstOfferedYear: opt(r.firstOfferedYear),
        revisedYears: r.revisedYears as number[],
        isCase: (r.isCase as boolean | undefined) ?? false,
        retired: false,
      }),
    ),
    classes: get('classes').map(
      (r): TrainingClass => ({
        id: r.id as string,
        name: r.name as string,
        semester: r.semester as string,
        isMain: (r.isMain as boolean | undefined) ?? false,
        isPartySpirit: (r.isPartySpirit as boolean | undefined) ?? false,
        start: opt(r.start),
        end: opt(r.end),
        traineeCount: opt(r.traineeCount),
      }),
    ),
    sessions: get('sessions').map(
      (r): Session => ({
        id: r.id as string,
        class: r.class as string,
        course: r.course as string,
        date: r.date as string,
        start: opt(r.start),
        hours: r.hours as number,
        category: opt(r.category),
        method: opt(r.method),
        form: opt(r.form),
        lecturers: r.lecturers as string[],
      }),
    ),
    onlineCourses: get('onlineCourses').map((r) => ({
      id: r.id as string,
      title: r.title as string,
      hours: r.hours as number,
      publishedYear: opt(r.publishedYear),
      revisedYears: r.revisedYears as number[],
    })),
    trainees: get('trainees').map((r) => ({
      id: r.id as string,
      name: r.name as string,
      group: opt(r.group),
      organization: opt(r.organization),
      exempt: (r.exempt as boolean | undefined) ?? false,
    })),
    trainingRecords: get('trainingRecords').map((r): Omit<TrainingRecord, 'id'> & { id?: string } => ({
      id: r.id as string | undefined,
      trainee: r.trainee as string,
      date: r.date as string,
      hours: r.hours as number,
      days: (r.days as number | undefined) ?? 0,
      kind: (r.kind as ExchangeData['trainingRecords'][number]['kind'] | undefined) ?? 'concentrated',
      fullTime: (r.fullTime as boolean | undefined) ?? false,
      theory: (r.theory as boolean | undefined) ?? false,
      organizerLevel: opt(r.organizerLevel),
      class: opt(r.class),
    })).map((r) => ({ ...r, id: r.id ?? nextRecordId(r) })),
  };
  return { data, errors: [], warnings: out.warnings };
}
