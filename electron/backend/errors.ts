import type { ApiErrorBody, ErrorCode } from '../../shared/api/result.ts';

/** An expected failure with a Chinese message for the user; anything else is an internal error. */
export class StoreError extends Error {
  readonly code: ErrorCode;
  readonly issues: ApiErrorBody['issues'];
  constructor(code: ErrorCode, message: string, issues?: ApiErrorBody['issues']) {
    super(message);
    this.name = 'StoreError';
    this.code = code;
    this.issues = issues;
  }
}

export const notFound = (what: string, id: string): StoreError => new StoreError('NOT_FOUND', `${what}“${id}”不存在`);
