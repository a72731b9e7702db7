import { ApiError } from '../api/api-error.ts';
import { notifyError } from './notify.ts';
import { commonTexts } from './texts.ts';

interface FormLike {
  setErrors(errors: Record<string, string>): void;
  getValues(): object;
}

/**
 * Shows a refused save: field issues the backend named go under their fields; the rest (and the message)
 * go to a notification.
 */
export function showSaveError(form: FormLike, error: unknown): void {
  if (!(error instanceof ApiError)) return notifyError(commonTexts.saveFailed, error);
  const fields = new Set(Object.keys(form.getValues()));
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.split(/[.[]/)[0] ?? '';
    if (fields.has(field)) errors[field] = issue.message;
  }
  form.setErrors(errors);
  notifyError(commonTexts.saveFailed, error);
}
