// Why a store could not be opened, from the error SQLite (or the file system) gave: pure, so each
// failure kind is tested on its own. The Chinese message names the file and what was found, and says
// that nothing was deleted; the recovery screen and the CLI show it.
import type { ErrorCode } from '../../../shared/api/result.ts';
import type { OpenFailureKind } from '../../../shared/api/methods/recovery.ts';
import { StoreError } from '../errors.ts';

/** A store that could not be opened: the kind decides what recovery offers. */
export class StoreOpenError extends StoreError {
  readonly kind: OpenFailureKind;
  readonly storePath: string;
  /** What SQLite or the file system said (technical, for the details line). */
  readonly detail: string;
  constructor(kind: OpenFailureKind, storePath: string, detail: string, message = openFailureMessage(kind, storePath, detail)) {
    super(ERROR_CODE[kind], message);
    this.name = 'StoreOpenError';
    this.kind = kind;
    this.storePath = storePath;
    this.detail = detail;
  }
}

const ERROR_CODE: Record<OpenFailureKind, ErrorCode> = {
  corrupt: 'STORE_CORRUPT',
  unreadable: 'STORE_UNREADABLE',
  locked: 'STORE_UNREADABLE',
  'too-new': 'STORE_TOO_NEW',
};

/** The kind of failure an error code stands for: SQLite's (SQLITE_*) or Node's (EACCES, EISDIR, ...). */
export function failureKind(code: string | undefined): OpenFailureKind {
  if (!code) return 'unreadable';
  if (code === 'STORE_TOO_NEW') return 'too-new';
  if (code === 'STORE_CORRUPT' || code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) return 'corrupt';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED') || code === 'EBUSY') return 'locked';
  return 'unreadable';
}

/** Details longer than this (a long integrity report) are cut in the message; `detail` keeps more. */
const MESSAGE_DETAIL = 300;
const MAX_DETAIL = 4000;

const cut = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n)}……` : s);

export function openFailureMessage(kind: OpenFailureKind, storePath: string, detail: string): string {
  const found = cut(detail.replace(/\s+/g, ' ').trim(), MESSAGE_DETAIL);
  const kept = '教务通没有删除或改动这个文件。';
  switch (kind) {
    case 'corrupt':
      return `数据库文件 ${storePath} 已损坏（${found}）。${kept}请从备份恢复。`;
    case 'unreadable':
      return `无法读取数据库文件 ${storePath}（${found}）：可能是文件权限不足、磁盘出错，或该路径不是教务通数据库。${kept}请修正后重试，或从备份恢复。`;
    case 'locked':
      return `数据库文件 ${storePath} 正被其他程序占用（${found}）。${kept}请关闭正在使用它的程序（另一个教务通、命令行或备份软件）后重试。`;
    case 'too-new':
      return `数据库文件 ${storePath} 由更新版本的教务通写入：${found}${kept}`;
  }
}

/** The StoreOpenError for whatever opening `storePath` threw. */
export function diagnoseOpenFailure(error: unknown, storePath: string): StoreOpenError {
  if (error instanceof StoreOpenError) return error;
  // the backend's own findings (a newer version, broken links after migrating) are already in Chinese
  if (error instanceof StoreError) return new StoreOpenError(failureKind(error.code), storePath, error.message);
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  return new StoreOpenError(failureKind(typeof code === 'string' ? code : undefined), storePath, cut(message, MAX_DETAIL));
}
