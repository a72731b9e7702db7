// Training records carry no id in the exchange format. The importer derives one from the record's
// fields and its occurrence among identical records, so importing the same document twice is a no-op.

const KEY_FIELDS = ['trainee', 'date', 'kind', 'hours', 'days', 'fullTime', 'theory', 'organizerLevel', 'class'] as const;

export function derivedRecordId(record: Record<string, unknown>, occurrence = 0): string {
  return `${KEY_FIELDS.map((f) => (record[f] === undefined || record[f] === null ? '' : String(record[f]))).join('|')}#${occurrence}`;
}
