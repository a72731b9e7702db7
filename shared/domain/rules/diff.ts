// What changed between two versions of a rule set, rule by rule: the audit trail of an edit.
import type { RuleSet } from './schema.ts';

export interface RuleChange {
  /** A rule id, or `settings` for the set's own fields (name, minutes per 学时). */
  rule: string;
  change: 'added' | 'changed' | 'removed';
  before: unknown;
  after: unknown;
}

export const SETTINGS_KEY = 'settings';

const settingsOf = (set: RuleSet) => ({ name: set.name, hourMinutes: set.hourMinutes });
const rulesOf = (set: RuleSet): Map<string, unknown> =>
  new Map([...set.teaching, ...set.renewal, ...set.trainee].map((r) => [r.id, r]));

/** Canonical JSON (keys sorted) so that key order never counts as a change. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

export function diffRuleSets(before: RuleSet, after: RuleSet): RuleChange[] {
  const changes: RuleChange[] = [];
  const [sb, sa] = [settingsOf(before), settingsOf(after)];
  if (canonical(sb) !== canonical(sa)) changes.push({ rule: SETTINGS_KEY, change: 'changed', before: sb, after: sa });
  const [rb, ra] = [rulesOf(before), rulesOf(after)];
  for (const [id, rule] of ra) {
    const old = rb.get(id);
    if (old === undefined) changes.push({ rule: id, change: 'added', before: null, after: rule });
    else if (canonical(old) !== canonical(rule)) changes.push({ rule: id, change: 'changed', before: old, after: rule });
  }
  for (const [id, rule] of rb) if (!ra.has(id)) changes.push({ rule: id, change: 'removed', before: rule, after: null });
  return changes;
}
