// Training records carry no id in the exchange format. The importer derives one from the record's
// fields and its occurrence among identical records, so importing the same document twice is a no-op.

const KEY_FIELDS = ['trainee', 'date', 'kind', 'hours', 'days', 'fullTime', 'theory', 'organizerLevel', 'class'] as const;

/** Called for every record of an import and an export (a million in a large school): a plain loop. */
export function derivedRecordId(record: Record<string, unknown>, occurrence = 0): string {
  let key = '';
  for (let i = 0; i < KEY_FIELDS.length; i++) {
    const value = record[KEY_FIELDS[i]!];
    if (i > 0) key += '|';
    if (value !== undefined && value !== null) key += String(value);
  }
  return `${key}#${occurrence}`;
}
