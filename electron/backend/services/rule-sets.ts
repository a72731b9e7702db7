// The school's rule set: the latest stored version, or the built-in set (version 0) before any edit.
// An edit stores the whole set as a new version and audits each changed rule (who, when, before, after).
import { deepFreeze } from '../../../shared/domain/deep-freeze.ts';
import { BUILTIN_RULE_SET } from '../../../shared/domain/rules/builtin.ts';
import { canonical, diffRuleSets } from '../../../shared/domain/rules/diff.ts';
import { ruleSetSchema, type RuleSet } from '../../../shared/domain/rules/schema.ts';
import type { CurrentRuleSetView, RuleSetHistoryView, RuleSetStamp } from '../../../shared/api/methods/indicators.ts';
import { StoreError } from '../errors.ts';
import { cachedUntilChange } from '../store/data-cache.ts';
import { prepared } from '../store/statements.ts';
import type { Ctx } from './context.ts';

export type CurrentRuleSet = CurrentRuleSetView;

export const stampOf = (current: CurrentRuleSet): RuleSetStamp => ({ version: current.version, name: current.ruleSet.name });

/**
 * The rule set in force, read and parsed once until the data next changes (an edit is a write) and
 * shared by every call: it is frozen, so a caller that means to edit it takes a copy (`editableCopy`).
 */
export function currentRuleSet(ctx: Ctx): CurrentRuleSet {
  return cachedUntilChange(ctx.sqlite, 'rules:current', () => deepFreeze(readRuleSet(ctx)));
}

function readRuleSet(ctx: Ctx): CurrentRuleSet {
  const row = prepared(ctx.sqlite, `SELECT version, rules, created_at, author, note FROM rule_set_versions ORDER BY version DESC LIMIT 1`)
    .get() as { version: number; rules: string; created_at: string; author: string; note: string | null } | undefined;
  if (!row) return { version: 0, builtin: true, createdAt: null, author: null, note: null, ruleSet: BUILTIN_RULE_SET };
  const parsed = ruleSetSchema.safeParse(JSON.parse(row.rules));
  if (!parsed.success)
    throw new StoreError('STORE_CORRUPT', `规则集第 ${row.version} 版无法读取（${parsed.error.issues[0]?.message ?? '格式有误'}），请从备份恢复或重新保存规则集。`);
  return { version: row.version, builtin: false, createdAt: row.created_at, author: row.author, note: row.note, ruleSet: parsed.data };
}

/** The answer of the rule-set editor's methods: the caller owns it and may change it to build an edit. */
export const editableCopy = (current: CurrentRuleSet): CurrentRuleSet => structuredClone(current);

export interface RuleSetUpdate {
  ruleSet: RuleSet;
  /** The version the edit started from: a concurrent edit in between is refused, not overwritten. */
  baseVersion: number;
  author: string;
  note?: string;
}

export function updateRuleSet(ctx: Ctx, update: RuleSetUpdate, now = new Date()): CurrentRuleSet {
  return ctx.sqlite.transaction(() => {
    const current = currentRuleSet(ctx);
    if (update.baseVersion !== current.version)
      throw new StoreError('CONFLICT', `规则集已被他人修改（当前为第 ${current.version} 版，您编辑的是第 ${update.baseVersion} 版），请重新打开后再修改。`);
    const changes = diffRuleSets(current.ruleSet, update.ruleSet);
    if (changes.length === 0) return current;
    const version = current.version + 1;
    const at = now.toISOString();
    ctx.sqlite
      .prepare(`INSERT INTO rule_set_versions (version, rules, created_at, author, note) VALUES (?, ?, ?, ?, ?)`)
      .run(version, canonical(update.ruleSet), at, update.author, update.note ?? null);
    const audit = ctx.sqlite.prepare(
      `INSERT INTO rule_set_audit (version, at, author, rule_id, change, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const c of changes)
      audit.run(version, at, update.author, c.rule, c.change, c.before === null ? null : JSON.stringify(c.before), c.after === null ? null : JSON.stringify(c.after));
    return currentRuleSet(ctx);
  }).immediate();
}

export function ruleSetHistory(ctx: Ctx, rule?: string): RuleSetHistoryView {
  const versions = ctx.sqlite
    .prepare(
      `SELECT v.version, v.created_at AS createdAt, v.author, v.note, count(a.id) AS changes
       FROM rule_set_versions v LEFT JOIN rule_set_audit a ON a.version = v.version
       GROUP BY v.version ORDER BY v.version DESC`,
    )
    .all() as RuleSetHistoryView['versions'];
  const rows = ctx.sqlite
    .prepare(
      `SELECT version, at, author, rule_id AS rule, change, before, after FROM rule_set_audit
       WHERE @rule IS NULL OR rule_id = @rule ORDER BY version DESC, id`,
    )
    .all({ rule: rule ?? null }) as (Omit<RuleSetHistoryView['changes'][number], 'before' | 'after'> & { before: string | null; after: string | null })[];
  const changes = rows.map((r) => ({ ...r, before: r.before === null ? null : JSON.parse(r.before), after: r.after === null ? null : JSON.parse(r.after) }));
  return { versions, changes };
}
