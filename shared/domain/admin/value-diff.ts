// The before/after values of one audit entry as rows of fields, side by side, for the audit drawer.

export interface FieldChange {
  /** The field's name; `''` when a value is not an object (shown as one row). */
  field: string;
  before: string;
  after: string;
  changed: boolean;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value as one line of text: strings as they are, yes/no as 是/否, absent values empty, the rest as JSON. */
export function showValue(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'boolean') return v ? '是' : '否';
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/**
 * One row per field of either side, in the order the fields first appear (before's, then after's new
 * ones). Values that are not objects (a marker, a list) compare as a whole.
 */
export function diffValues(before: unknown, after: unknown): FieldChange[] {
  const objects = (isRecord(before) || before == null) && (isRecord(after) || after == null) && (before != null || after != null);
  if (!objects) {
    const b = showValue(before);
    const a = showValue(after);
    return b === '' && a === '' ? [] : [{ field: '', before: b, after: a, changed: b !== a }];
  }
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields.map((field) => {
    const bv = field in b ? showValue(b[field]) : '';
    const av = field in a ? showValue(a[field]) : '';
    return { field, before: bv, after: av, changed: bv !== av };
  });
}
