import type { ApiErrorBody, ErrorCode } from '../../../shared/api/result.ts';

export type ApiIssue = NonNullable<ApiErrorBody['issues']>[number];

/** A refused call: carries the backend's Chinese message and its field-level issues. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly issues: ApiIssue[];

  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.code = body.code;
    this.issues = body.issues ?? [];
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
