// Validation rules the edit forms share (useForm `validate` entries); each returns the Chinese message or null.
import { isYear } from '../../../shared/exchange/values.ts';
import { commonTexts } from './texts.ts';

/** A text that must not be blank. */
export const filled = (value: string): string | null => (value.trim() ? null : commonTexts.required);

/** A choice that must be made: a select or a date left empty is refused. */
export const chosen = (value: unknown): string | null => (value ? null : commonTexts.required);

/** A year within the range the store accepts. */
export const validYear = (value: unknown): string | null => (isYear(value) ? null : commonTexts.yearInvalid);

/** 再次输入密码 must repeat the password in `field` of the same form. */
export const repeatsPassword =
  (field: string) =>
  (confirm: string, values: Record<string, unknown>): string | null =>
    confirm === values[field] ? null : commonTexts.passwordMismatch;
