// Turns the rows read from a workbook into an exchange document: each cell read by its field's type,
// references resolved by id or by unique name, then the whole document checked by the same validator
// as the JSON import. Every problem points back to its sheet, row and column.
import {
  normalizeText,
  normalizeToken,
  readBool,
  readDate,
  readEnum,
  readNumber,
  readTime,
  splitList,
  type CellRead,
} from '../../../../shared/exchange/cell-values.ts';
import { EXCHANGE_FORMAT, EXCHANGE_VERSION } from '../../../../shared/exchange/document.ts';
import { EXCHANGE_KINDS, KIND_LABELS, type ExchangeKind, type FieldSpec } from '../../../../shared/exchange/fields.ts';
import { validateExchange, type ValidationResult } from '../../../../shared/exchange/validate.ts';
import { ENUM_ALIASES, EXAMPLE_PREFIX, enumLabels, NAME_FIELD, type SheetKind } from './layout.ts';
import type { XlsxProblem } from './problem.ts';
import type { RawRow, WorkbookRead } from './read.ts';

/** What the store already holds, for references to records imported earlier. */
export interface StoreIndex {
  hasId(kind: ExchangeKind, id: string): boolean;
  idsByName(kind: ExchangeKind, nameKey: string): string[];
}

export const nameKey = (name: string): string => normalizeToken(name).replace(/\s/g, '');

interface Origin {
  sheet: string;
  row: number;
  columns: Map<string, { col: number; label: string }>;
  raw: Map<string, unknown>;
}

export interface MappedWorkbook {
  document: Record<string, unknown>;
  validation: ValidationResult;
  problems: XlsxProblem[];
  counts: Record<ExchangeKind, number>;
  examplesSkipped: number;
  resolvedByName: number;
}

function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function showCell(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return String(value).slice(0, 200);
}

const HOUR_UNITS = ['学时', '小时', '课时', 'h'];

function readCell(spec: FieldSpec, raw: unknown): CellRead<unknown> {
  const asText = (v: unknown): string => (v instanceof Date ? (readDate(v) as { value: string }).value : String(v));
  const yearOf = (v: unknown): CellRead<number> => {
    const n = readNumber(v, ['年', '年度']);
    return n.ok && !Number.isInteger(n.value) ? { ok: false, reason: '应为四位年份' } : n;
  };
  switch (spec.type) {
    case 'id':
    case 'ref':
      return { ok: true, value: normalizeToken(asText(raw)) };
    case 'text':
      return { ok: true, value: normalizeText(asText(raw)) };
    case 'refs':
      return { ok: true, value: splitList(typeof raw === 'number' ? String(raw) : raw).map(normalizeToken) };
    case 'enum':
      return readEnum(raw, spec.values, enumLabels(spec.values), ENUM_ALIASES);
    case 'date':
      return readDate(raw);
    case 'time':
      return readTime(raw);
    case 'hours':
      return readNumber(raw, HOUR_UNITS);
    case 'count': {
      const n = readNumber(raw, ['人', '名']);
      return n.ok && !Number.isInteger(n.value) ? { ok: false, reason: '应为整数' } : n;
    }
    case 'year':
      return yearOf(raw);
    case 'years': {
      const years: number[] = [];
      for (const item of typeof raw === 'number' ? [raw] : splitList(raw)) {
        const y = yearOf(item);
        if (!y.ok) return { ok: false, reason: `“${String(item)}”不是年份，多个年份请用顿号“、”分隔` };
        years.push(y.value);
      }
      return { ok: true, value: years };
    }
    case 'bool':
      return readBool(raw);
  }
}

function isExampleRow(row: RawRow, fields: { key: string; spec: FieldSpec }[]): boolean {
  return fields.some(({ key, spec }) => {
    if (spec.type !== 'id' && spec.type !== 'ref') return false;
    const v = row.cells.get(key)?.value;
    return typeof v === 'string' && normalizeToken(v).startsWith(EXAMPLE_PREFIX);
  });
}

export function mapWorkbook(read: WorkbookRead, store: StoreIndex, problems: XlsxProblem[]): MappedWorkbook {
  const origins = new Map<string, Origin>();
  const failed = new Set<string>();
  let examplesSkipped = 0;
  let resolvedByName = 0;

  const problemAt = (origin: Origin, field: string | null, message: string, value?: unknown): void => {
    const column = field ? origin.columns.get(field) : undefined;
    problems.push({
      sheet: origin.sheet,
      row: origin.row,
      column: column ? columnLetter(column.col) : null,
      header: column?.label ?? null,
      value: showCell(value ?? (field ? origin.raw.get(field) : undefined)),
      message,
    });
  };

  const convertRows = (kind: SheetKind): Record<string, unknown>[] => {
    const sheet = read.sheets.get(kind);
    if (!sheet) return [];
    const out: Record<string, unknown>[] = [];
    for (const row of sheet.rows) {
      if (kind !== 'institution' && isExampleRow(row, sheet.layout.fields)) {
        examplesSkipped++;
        continue;
      }
      const path = kind === 'institution' ? 'institution' : `${kind}[${out.length}]`;
      const origin: Origin = {
        sheet: row.sheet,
        row: row.row,
        columns: sheet.columns,
        raw: new Map([...row.cells].map(([k, c]) => [k, c.value])),
      };
      origins.set(path, origin);
      const record: Record<string, unknown> = {};
      for (const { key, spec } of sheet.layout.fields) {
        const cell = row.cells.get(key);
        if (!cell) continue;
        const result = readCell(spec, cell.value);
        if (result.ok) record[key] = result.value;
        else {
          failed.add(`${path}.${key}`);
          problemAt(origin, key, `“${spec.label}”${result.reason}`);
        }
      }
      out.push(record);
    }
    return out;
  };

  const institutionRows = convertRows('institution');
  const lists = new Map<ExchangeKind, Record<string, unknown>[]>(EXCHANGE_KINDS.map((k) => [k, convertRows(k)]));

  // The document's own ids and names, to resolve references before the store's.
  const docIds = new Map<ExchangeKind, Set<string>>();
  const docNames = new Map<ExchangeKind, Map<string, string[]>>();
  for (const kind of EXCHANGE_KINDS) {
    const ids = new Set<string>();
    const names = new Map<string, string[]>();
    const nameField = NAME_FIELD[kind];
    for (const r of lists.get(kind)!) {
      if (typeof r.id !== 'string') continue;
      ids.add(r.id);
      if (nameField && typeof r[nameField] === 'string') {
        const key = nameKey(r[nameField] as string);
        const list = names.get(key) ?? names.set(key, []).get(key)!;
        if (!list.includes(r.id)) list.push(r.id);
      }
    }
    docIds.set(kind, ids);
    docNames.set(kind, names);
  }

  const resolve = (kind: ExchangeKind, value: string, origin: Origin, field: string, label: string): string | undefined => {
    if (docIds.get(kind)!.has(value) || store.hasId(kind, value)) return value;
    const key = nameKey(value);
    const candidates = [...new Set([...(docNames.get(kind)!.get(key) ?? []), ...store.idsByName(kind, key)])];
    if (candidates.length === 1) {
      resolvedByName++;
      return candidates[0];
    }
    const what = KIND_LABELS[kind];
    if (candidates.length === 0)
      problemAt(origin, field, `“${label}”中的“${value}”既不是已有${what}的编号，也不是其名称；请先在“${what}”表中填写该${what}，或改正编号`, value);
    else
      problemAt(origin, field, `“${label}”中的“${value}”对应多个${what}（编号 ${candidates.slice(0, 5).join('、')}），请改填编号以确定是哪一个`, value);
    return undefined;
  };

  for (const kind of EXCHANGE_KINDS) {
    const sheet = read.sheets.get(kind);
    if (!sheet) continue;
    lists.get(kind)!.forEach((record, i) => {
      const path = `${kind}[${i}]`;
      const origin = origins.get(path)!;
      for (const { key, spec } of sheet.layout.fields) {
        const v = record[key];
        if (spec.type === 'ref' && typeof v === 'string' && v !== '') {
          const id = resolve(spec.kind, v, origin, key, spec.label);
          if (id === undefined) failed.add(`${path}.${key}`);
          record[key] = id ?? v;
        } else if (spec.type === 'refs' && Array.isArray(v)) {
          const ids = (v as string[]).map((item) => resolve(spec.kind, item, origin, key, spec.label));
          if (ids.includes(undefined)) failed.add(`${path}.${key}`);
          record[key] = ids.map((id, j) => id ?? v[j]);
        }
      }
    });
  }

  const document: Record<string, unknown> = { format: EXCHANGE_FORMAT, version: EXCHANGE_VERSION };
  if (institutionRows.length > 0) document.institution = institutionRows[0];
  for (const kind of EXCHANGE_KINDS) if (read.sheets.has(kind)) document[kind] = lists.get(kind);

  const validation = validateExchange(document, (kind, id) => store.hasId(kind, id));
  for (const error of validation.errors) {
    const m = /^((?:\w+\[\d+\])|institution)(?:\.(\w+))?/.exec(error.path);
    const origin = m ? origins.get(m[1]!) : undefined;
    const field = m?.[2] ?? null;
    if (origin && field && failed.has(`${m![1]}.${field}`)) continue;
    const message = error.message.replace(/^\S*?第 \d+ 条的?|^院校信息的?/, '');
    if (origin) problemAt(origin, field, message, field ? origin.raw.get(field) : undefined);
    else problems.push({ sheet: '', row: null, column: null, header: null, value: showCell(error.value), message: error.message });
  }
  const counts = Object.fromEntries(EXCHANGE_KINDS.map((k) => [k, lists.get(k)!.length])) as Record<ExchangeKind, number>;
  return { document, validation, problems, counts, examplesSkipped, resolvedByName };
}
