// Validates an exchange document (exchange-format.md) and lists every problem with its path, the
// value and a Chinese reason. Pure: the caller says which ids the store already holds, so a document
// may reference records imported earlier. Incremental: the document is fed part by part and row by
// row as it is read (json-stream.ts), and each valid row comes back ready to write.
import type { Institution } from '../domain/types.ts';
import { EXCHANGE_FORMAT, EXCHANGE_VERSION, type ExchangeIssue, type ExchangeItems } from './document.ts';
import {
  EXCHANGE_KINDS,
  INSTITUTION_FIELDS,
  KIND_FIELDS,
  KIND_LABELS,
  type ExchangeKind,
  type FieldSpec,
} from './fields.ts';
import { toItem } from './items.ts';
import { OccurrenceCounter } from './occurrences.ts';
import { visitDocument, type TopLevelVisitor } from './json-stream.ts';
import { derivedRecordId } from './record-id.ts';
import { isHours, isIsoDate, isTime, isYear, MAX_HOURS, MAX_YEAR, MIN_YEAR, showValue } from './values.ts';

export type KnownIds = (kind: ExchangeKind, id: string) => boolean;

export interface ValidationResult {
  errors: ExchangeIssue[];
  warnings: ExchangeIssue[];
}

/** At most this many rows per kind: the rows of a larger list are not looked at. */
export const MAX_ROWS_PER_KIND = 5_000_000;
const MAX_ERRORS = 1000;

type Row = Record<string, unknown>;

function isPlainObject(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

class Collector {
  errors: ExchangeIssue[] = [];
  warnings: ExchangeIssue[] = [];
  /** Errors found, also those beyond the ones kept. */
  count = 0;
  error(path: string, value: unknown, message: string): undefined {
    this.issue({ path, value, message });
    return undefined;
  }
  issue(issue: ExchangeIssue): undefined {
    this.count++;
    if (this.errors.length < MAX_ERRORS) this.errors.push(issue);
    return undefined;
  }
  warn(path: string, value: unknown, message: string): void {
    if (this.warnings.length < MAX_ERRORS) this.warnings.push({ path, value, message });
  }
}

/** Where a row is: its path and its Chinese name, e.g. `sessions[12]` and 课次第 13 条. */
interface Place {
  base: string;
  where: string;
}

const pathOf = (place: Place, key: string): string => `${place.base}.${key}`;
const nameOf = (place: Place, spec: FieldSpec): string => `${place.where}的“${spec.label}”`;

/**
 * Whether an id is known: in the store or declared by the document so far. `later` means not yet,
 * while the document may still declare it further on; the reference is then settled at the end.
 */
interface References {
  known(kind: ExchangeKind, id: string): boolean | 'later';
  later(kind: ExchangeKind, id: string, issue: () => ExchangeIssue): void;
}

/** Checks one field; returns the normalized value (undefined when absent). */
function checkField(spec: FieldSpec, value: unknown, key: string, place: Place, out: Collector, refs: References): unknown {
  // An optional text left empty stays empty, so the document's data comes back unchanged on export.
  if (value === '' && spec.type === 'text' && !spec.required) return '';
  if (value === undefined || value === null || value === '') {
    if ('required' in spec && spec.required) out.error(pathOf(place, key), value, `${nameOf(place, spec)}必须填写`);
    if (spec.type === 'refs' || spec.type === 'years') return [];
    return undefined;
  }
  const path = (): string => pathOf(place, key);
  const name = (): string => nameOf(place, spec);
  switch (spec.type) {
    case 'id':
    case 'text': {
      if (typeof value !== 'string') return out.error(path(), value, `${name()}应为文字，实际为 ${showValue(value)}`);
      const text = value.trim();
      if (text === '' && spec.required) return out.error(path(), value, `${name()}必须填写`);
      // SQLite ends a text at NUL: such a value would not be stored as given
      if (text.includes('\u0000')) return out.error(path(), value, `${name()}含有空字符（\\u0000），请删除后再导入`);
      const max = spec.type === 'id' ? 100 : (spec.max ?? 500);
      if (text.length > max) return out.error(path(), value, `${name()}过长（${text.length} 字，最多 ${max} 字）`);
      return text;
    }
    case 'enum':
      if (typeof value !== 'string' || !spec.values.includes(value))
        return out.error(
          path(),
          value,
          `${name()}取值 ${showValue(value)} 无效，应为 ${spec.values.map((v) => `${v}（${spec.labels[v]}）`).join('、')} 之一`,
        );
      return value;
    case 'date':
      if (!isIsoDate(value)) return out.error(path(), value, `${name()} ${showValue(value)} 不是有效日期（格式 YYYY-MM-DD）`);
      return value;
    case 'time':
      if (!isTime(value)) return out.error(path(), value, `${name()} ${showValue(value)} 不是有效时间（格式 HH:MM）`);
      return value;
    case 'hours':
      if (!isHours(value))
        return out.error(path(), value, `${name()} ${showValue(value)} 无效，应为 0 到 ${MAX_HOURS} 之间的数`);
      return value;
    case 'count':
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 1_000_000)
        return out.error(path(), value, `${name()} ${showValue(value)} 无效，应为不小于 0 的整数`);
      return value;
    case 'year':
      if (!isYear(value)) return out.error(path(), value, `${name()} ${showValue(value)} 无效，应为 ${MIN_YEAR} 到 ${MAX_YEAR} 的年份`);
      return value;
    case 'years': {
      if (!Array.isArray(value)) return out.error(path(), value, `${name()}应为年份列表`);
      const years: number[] = [];
      value.forEach((y, i) => {
        if (!isYear(y)) out.error(`${path()}[${i}]`, y, `${name()}第 ${i + 1} 项 ${showValue(y)} 不是有效年份`);
        else if (!years.includes(y)) years.push(y);
      });
      return years.sort((a, b) => a - b);
    }
    case 'bool':
      if (typeof value !== 'boolean') return out.error(path(), value, `${name()}应为 true 或 false，实际为 ${showValue(value)}`);
      return value;
    case 'ref': {
      if (typeof value !== 'string' || value.trim() === '')
        return out.error(path(), value, `${name()}应为${KIND_LABELS[spec.kind]}编号`);
      const missing = (): ExchangeIssue => ({
        path: path(),
        value,
        message: `${name()}引用的${KIND_LABELS[spec.kind]} ${showValue(value)} 不存在`,
      });
      const known = refs.known(spec.kind, value);
      if (known === 'later') refs.later(spec.kind, value, missing);
      else if (!known) return out.issue(missing());
      return value;
    }
    case 'refs': {
      if (!Array.isArray(value)) return out.error(path(), value, `${name()}应为${KIND_LABELS[spec.kind]}编号列表`);
      const ids: string[] = [];
      value.forEach((id, i) => {
        const p = `${path()}[${i}]`;
        const missing = (): ExchangeIssue => ({
          path: p,
          value: id,
          message: `${name()}第 ${i + 1} 项引用的${KIND_LABELS[spec.kind]} ${showValue(id)} 不存在`,
        });
        if (typeof id !== 'string' || id.trim() === '') return out.error(p, id, `${name()}第 ${i + 1} 项应为${KIND_LABELS[spec.kind]}编号`);
        const known = refs.known(spec.kind, id);
        if (known === false) out.issue(missing());
        else if (ids.includes(id)) out.error(p, id, `${name()}第 ${i + 1} 项 ${showValue(id)} 重复`);
        else {
          if (known === 'later') refs.later(spec.kind, id, missing);
          ids.push(id);
        }
      });
      return ids;
    }
  }
}

const FIELD_LISTS = Object.fromEntries(
  EXCHANGE_KINDS.map((kind) => [kind, Object.entries(KIND_FIELDS[kind])]),
) as Record<ExchangeKind, [string, FieldSpec][]>;

function checkRow(kind: ExchangeKind, row: unknown, place: Place, out: Collector, refs: References): Row | undefined {
  if (!isPlainObject(row)) {
    out.error(place.base, row, `${place.where}应为对象`);
    return undefined;
  }
  const fields = KIND_FIELDS[kind];
  const result: Row = {};
  const before = out.count;
  for (const [key, spec] of FIELD_LISTS[kind]) result[key] = checkField(spec, row[key], key, place, out, refs);
  for (const key in row) {
    if (!(key in fields)) out.warn(pathOf(place, key), row[key], `${place.where}含有未知字段“${key}”，已忽略`);
  }
  if ((kind === 'semesters' || kind === 'classes') && typeof result.start === 'string' && typeof result.end === 'string') {
    if (result.start > result.end)
      out.error(pathOf(place, 'end'), result.end, `${place.where}的结束日期 ${result.end} 早于开始日期 ${result.start}`);
  }
  return out.count === before ? result : undefined;
}

/** At most this many references waiting for a later part of the document keep their every place. */
const MAX_LATER_ISSUES = MAX_ERRORS;

/** Receives the valid rows of a document, ready to write. */
export interface ItemSink {
  write<K extends ExchangeKind>(kind: K, item: ExchangeItems[K]): void;
  /** A kind's list ended. */
  flush(): void;
}

/**
 * Validates a document fed part by part, as a TopLevelVisitor (json-stream.ts), and hands each valid
 * row to the sink. A reference to a kind whose list has not ended yet is settled in `finish`, so the
 * kinds may come in any order.
 */
export class ExchangeValidator implements TopLevelVisitor {
  readonly #out = new Collector();
  readonly #storeHas: KnownIds;
  /** Ids declared by the document so far, per kind; a duplicate is an error at its second occurrence. */
  readonly #declared = new Map<ExchangeKind, Set<string>>(EXCHANGE_KINDS.map((k) => [k, new Set<string>()]));
  readonly #ended = new Set<ExchangeKind>();
  readonly #seen = new Set<string>();
  /** References not known yet: per kind and id, the issues to report if the id never comes. */
  readonly #later = new Map<ExchangeKind, Map<string, ExchangeIssue[]>>();
  #laterIssues = 0;
  /** Occurrences of each derived training-record id, for records the document gives no id. */
  readonly #occurrences = new OccurrenceCounter();
  readonly #refs: References;
  readonly #sink: ItemSink | undefined;
  institution: Institution | null = null;
  /** Rows per kind in the document. */
  readonly counts = Object.fromEntries(EXCHANGE_KINDS.map((k) => [k, 0])) as Record<ExchangeKind, number>;

  /** `sink` receives the valid rows as they come, until the first error. */
  constructor(storeHas: KnownIds = () => false, sink?: ItemSink) {
    this.#storeHas = storeHas;
    this.#sink = sink;
    this.#refs = {
      known: (kind, id) => {
        if (this.#declared.get(kind)!.has(id) || this.#storeHas(kind, id)) return true;
        return this.#ended.has(kind) ? false : 'later';
      },
      later: (kind, id, issue) => {
        let ids = this.#later.get(kind);
        if (!ids) this.#later.set(kind, (ids = new Map()));
        const issues = ids.get(id);
        // the first place of every id is kept, more places up to a bound
        if (!issues) ids.set(id, [issue()]);
        else if (this.#laterIssues < MAX_LATER_ISSUES) issues.push(issue());
        else return;
        this.#laterIssues++;
      },
    };
  }

  /** Whether an error was found: the document will not be imported, so its rows need not be written. */
  get failed(): boolean {
    return this.#out.count > 0;
  }

  /** The whole document, when it is not an object. */
  root(value: unknown): void {
    this.#out.error('', value, '交换文件应为 JSON 对象');
  }

  streams(key: string): boolean {
    return isKind(key);
  }

  element(key: string, index: number, raw: unknown): void {
    const kind = key as ExchangeKind;
    const item = this.row(kind, index, raw);
    if (item) this.#sink?.write(kind, item);
  }

  /** A top-level part other than a kind's list. */
  value(key: string, value: unknown): void {
    if (!this.#first(key)) return;
    const out = this.#out;
    if (key === 'format') {
      if (value !== EXCHANGE_FORMAT) out.error('format', value, `“format”应为 "${EXCHANGE_FORMAT}"，实际为 ${showValue(value)}`);
    } else if (key === 'version') {
      if (value !== EXCHANGE_VERSION)
        out.error('version', value, `不支持的交换格式版本 ${showValue(value)}，本程序支持版本 ${EXCHANGE_VERSION}`);
    } else if (key === 'institution') this.#institution(value);
    else if (isKind(key)) {
      this.#ended.add(key);
      if (value !== undefined) out.error(key, undefined, `“${key}”（${KIND_LABELS[key]}）应为数组`);
    } else out.warn(key, undefined, `交换文件含有未知部分“${key}”，已忽略`);
  }

  start(key: string): void {
    if (!this.#first(key)) this.#ended.add(key as ExchangeKind);
  }

  /** Checks one row of a kind's list; answers it ready to write, or undefined when it has an error. */
  row<K extends ExchangeKind>(kind: K, index: number, raw: unknown): ExchangeItems[K] | undefined {
    if (index >= MAX_ROWS_PER_KIND || this.#ended.has(kind)) return undefined;
    const place: Place = { base: `${kind}[${index}]`, where: `${KIND_LABELS[kind]}第 ${index + 1} 条` };
    if (isPlainObject(raw) && typeof raw.id === 'string' && raw.id.trim() !== '') {
      const id = raw.id.trim();
      const ids = this.#declared.get(kind)!;
      if (ids.has(id)) this.#out.error(`${place.base}.id`, raw.id, `${place.where}的编号 ${showValue(raw.id)} 与前面的记录重复`);
      ids.add(id);
    }
    const row = checkRow(kind, raw, place, this.#out, this.#refs);
    // once the document is refused, its rows are only checked
    if (!row || this.failed) return undefined;
    const item = toItem(kind, row);
    if (kind === 'trainingRecords' && row.id === undefined) {
      const record = item as ExchangeItems['trainingRecords'];
      const base = derivedRecordId(record);
      const n = this.#occurrences.next(base);
      record.id = n === 0 ? base : derivedRecordId(record, n);
    }
    return item;
  }

  end(key: string, count: number): void {
    const kind = key as ExchangeKind;
    this.#sink?.flush();
    if (this.#ended.has(kind)) return;
    this.#ended.add(kind);
    this.counts[kind] = count;
    if (count > MAX_ROWS_PER_KIND)
      this.#out.error(kind, count, `${KIND_LABELS[kind]}共 ${count} 条，超过上限 ${MAX_ROWS_PER_KIND} 条`);
  }

  /** Every error and warning, once the whole document was fed. */
  finish(): ValidationResult {
    const out = this.#out;
    if (!this.#seen.has('format')) this.value('format', undefined);
    if (!this.#seen.has('version')) this.value('version', undefined);
    for (const [kind, ids] of this.#later) {
      const declared = this.#declared.get(kind)!;
      for (const [id, issues] of ids) if (!declared.has(id)) for (const issue of issues) out.issue(issue);
    }
    this.#later.clear();
    return { errors: out.errors, warnings: out.warnings };
  }

  /** Whether a top-level key comes for the first time (a second one is an error). */
  #first(key: string): boolean {
    if (!this.#seen.has(key)) {
      this.#seen.add(key);
      return true;
    }
    this.#out.error(key, undefined, `交换文件中“${key}”出现了不止一次`);
    return false;
  }

  #institution(value: unknown): void {
    const out = this.#out;
    if (!isPlainObject(value)) {
      out.error('institution', value, '“institution”（院校信息）应为对象');
      return;
    }
    const place: Place = { base: 'institution', where: '院校信息' };
    const row: Row = {};
    for (const [key, spec] of Object.entries(INSTITUTION_FIELDS)) row[key] = checkField(spec, value[key], key, place, out, this.#refs);
    for (const key of Object.keys(value)) {
      if (!(key in INSTITUTION_FIELDS)) out.warn(`institution.${key}`, undefined, `院校信息含有未知字段“${key}”，已忽略`);
    }
    this.institution = {
      name: row.name as string,
      level: row.level as Institution['level'],
      kind: (row.kind as Institution['kind'] | undefined) ?? 'party_school',
    };
  }
}

const KINDS: ReadonlySet<string> = new Set(EXCHANGE_KINDS);
export const isKind = (key: string): key is ExchangeKind => KINDS.has(key);

/** Validates a whole document held in memory (the Excel importer's check before it imports). */
export function validateExchange(input: unknown, storeHas: KnownIds = () => false): ValidationResult {
  const validator = new ExchangeValidator(storeHas);
  visitDocument(input, validator);
  return validator.finish();
}
