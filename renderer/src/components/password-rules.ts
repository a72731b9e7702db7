import { commonTexts } from './texts.ts';

/** The validation of 再次输入密码: it must repeat the password in `field` of the same form. */
export const repeatsPassword =
  (field: string) =>
  (confirm: string, values: Record<string, unknown>): string | null =>
    confirm === values[field] ? null : commonTexts.passwordMismatch;
