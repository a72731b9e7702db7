// Imports an exchange document in one transaction with upserts by id: each row is validated and written
// as it is read, and any error rolls everything back, so a rejected document changes nothing and
// importing the same document twice changes nothing. A document in a file is read as a stream.
import type { ExchangeIssue } from '../../../shared/exchange/document.ts';
import { EXCHANGE_KINDS, type ExchangeKind } from '../../../shared/exchange/fields.ts';
import { JsonSyntaxError, streamJson, visitDocument } from '../../../shared/exchange/json-stream.ts';
import { ExchangeValidator } from '../../../shared/exchange/validate.ts';
import { StoreError } from '../errors.ts';
import type { Store } from '../store/connection.ts';
import { KIND_TABLES } from '../store/kind-tables.ts';
import { ExchangeFile } from './exchange-file.ts';
import { createRowWriter } from './row-writer.ts';

export type KindCounts = Record<ExchangeKind, number>;

export interface ImportSummary {
  imported: KindCounts;
  warnings: ExchangeIssue[];
}

/** An offending value is echoed back so the user can find it, but a huge one only in part. */
function echoable(value: unknown): unknown {
  if (typeof value === 'string') return value.length > 200 ? `${value.slice(0, 200)}…（共 ${value.length} 字）` : value;
  if (value !== null && typeof value === 'object') {
    let text: string;
    try {
      text = JSON.stringify(value) ?? '';
    } catch {
      return '（嵌套过深的值）';
    }
    return text.length > 200 ? `${text.slice(0, 200)}…` : value;
  }
  return value;
}

function notJson(file: string, error: JsonSyntaxError): StoreError {
  const reason = `不是有效的 JSON：${error.message}（第 ${error.offset + 1} 字节处）`;
  return new StoreError('IMPORT_REJECTED', `文件 ${file} ${reason}`, [{ path: '', message: reason }]);
}

/**
 * Validates and imports a document (parsed, or an ExchangeFile to stream); throws IMPORT_REJECTED with
 * every problem when the document has any error.
 */
export function importExchange(store: Store, document: unknown): ImportSummary {
  const { sqlite } = store;
  const lookups = new Map(
    EXCHANGE_KINDS.map((kind) => [kind, sqlite.prepare(`SELECT 1 FROM ${KIND_TABLES[kind]} WHERE id = ?`).pluck()]),
  );
  const has = (kind: ExchangeKind, id: string) => lookups.get(kind)!.get(id) !== undefined;
  return sqlite.transaction(() => {
    // the kinds may come in any order: a reference to a row further on is checked at the end
    sqlite.pragma('defer_foreign_keys = ON');
    const writer = createRowWriter(sqlite);
    const validator = new ExchangeValidator(has, writer);
    if (document instanceof ExchangeFile) {
      try {
        document.read((reader) => streamJson(reader, validator));
      } catch (error) {
        throw error instanceof JsonSyntaxError ? notJson(document.path, error) : error;
      }
    } else visitDocument(document, validator);
    const { errors, warnings } = validator.finish();
    if (errors.length > 0) {
      throw new StoreError(
        'IMPORT_REJECTED',
        `交换文件有 ${errors.length} 处错误，未导入任何数据`,
        errors.map((e) => ({ path: e.path, message: e.message, value: echoable(e.value) })),
      );
    }
    if (validator.institution) writer.institution(validator.institution);
    return { imported: { ...validator.counts }, warnings };
  }).immediate();
}
