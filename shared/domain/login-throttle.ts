// Login throttling, pure: after a few failed sign-ins for one key (a username, or a client) further
// attempts wait a delay that doubles with each further failure, up to a ceiling. Times are epoch ms.

export interface ThrottlePolicy {
  /** Failures allowed before the first wait. */
  freeFailures: number;
  /** The first wait, doubled for each failure beyond it. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A key with no failure for this long starts again from zero. */
  forgetAfterMs: number;
}

export interface ThrottleEntry {
  failures: number;
  lastFailureAt: number;
}

/** Per username: a user who mistypes a few times is not held up. */
export const USERNAME_POLICY: ThrottlePolicy = { freeFailures: 5, baseDelayMs: 30_000, maxDelayMs: 15 * 60_000, forgetAfterMs: 3600_000 };
/** Per client: many usernames tried from one place. */
export const CLIENT_POLICY: ThrottlePolicy = { freeFailures: 20, baseDelayMs: 30_000, maxDelayMs: 15 * 60_000, forgetAfterMs: 3600_000 };

/** The entry as it stands at `now` (a quiet key is forgotten). */
export function current(entry: ThrottleEntry | undefined, policy: ThrottlePolicy, now: number): ThrottleEntry | undefined {
  if (!entry || now - entry.lastFailureAt >= policy.forgetAfterMs) return undefined;
  return entry;
}

/** How long the key must wait after `failures` failures (0 while still within the free ones). */
export function delayFor(failures: number, policy: ThrottlePolicy): number {
  if (failures < policy.freeFailures) return 0;
  const doublings = Math.min(failures - policy.freeFailures, 30);
  return Math.min(policy.baseDelayMs * 2 ** doublings, policy.maxDelayMs);
}

/** Milliseconds left before the key may try again (0: it may try now). */
export function waitLeft(entry: ThrottleEntry | undefined, policy: ThrottlePolicy, now: number): number {
  const e = current(entry, policy, now);
  if (!e) return 0;
  return Math.max(0, e.lastFailureAt + delayFor(e.failures, policy) - now);
}

/** The entry after one more failure at `now`. */
export function recordFailure(entry: ThrottleEntry | undefined, policy: ThrottlePolicy, now: number): ThrottleEntry {
  const e = current(entry, policy, now);
  return { failures: (e?.failures ?? 0) + 1, lastFailureAt: now };
}

/** A wait in Chinese, rounded up to whole seconds: “45 秒”, “2 分 30 秒”, “15 分钟”. */
export function waitText(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  if (m === 0) return `${s} 秒`;
  return s === 0 ? `${m} 分钟` : `${m} 分 ${s} 秒`;
}
