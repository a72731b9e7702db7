// The backend's memory of failed sign-ins, per username and per client (the policy is pure, in
// shared/domain/login-throttle.ts). Kept in memory: a restart of the backend is not in an attacker's hands.
import {
  CLIENT_POLICY,
  current,
  recordFailure,
  USERNAME_POLICY,
  waitLeft,
  type ThrottleEntry,
  type ThrottlePolicy,
} from '../../../shared/domain/login-throttle.ts';

export interface LoginThrottle {
  /** Milliseconds before this username, from this client, may try again (0: now). */
  wait(username: string, client: string | undefined): number;
  /** Records a failure; answers the wait it brings (0 while within the free failures). */
  failed(username: string, client: string | undefined): { failures: number; waitMs: number };
  /** A successful sign-in clears both keys. */
  succeeded(username: string, client: string | undefined): void;
}

/** Forgotten keys are swept once the map holds this many, so random usernames cannot grow it without end. */
const SWEEP_AT = 10_000;

function keyTable(policy: ThrottlePolicy, clock: () => number) {
  const entries = new Map<string, ThrottleEntry>();
  return {
    wait: (key: string) => waitLeft(entries.get(key), policy, clock()),
    fail(key: string) {
      const now = clock();
      if (entries.size >= SWEEP_AT) for (const [k, e] of entries) if (!current(e, policy, now)) entries.delete(k);
      const next = recordFailure(entries.get(key), policy, now);
      entries.set(key, next);
      return { failures: next.failures, waitMs: waitLeft(next, policy, now) };
    },
    clear: (key: string) => entries.delete(key),
  };
}

export function createLoginThrottle(clock: () => number = Date.now): LoginThrottle {
  const users = keyTable(USERNAME_POLICY, clock);
  const clients = keyTable(CLIENT_POLICY, clock);
  return {
    wait: (username, client) => Math.max(users.wait(username), client === undefined ? 0 : clients.wait(client)),
    failed(username, client) {
      const byUser = users.fail(username);
      const byClient = client === undefined ? { failures: 0, waitMs: 0 } : clients.fail(client);
      return { failures: byUser.failures, waitMs: Math.max(byUser.waitMs, byClient.waitMs) };
    },
    succeeded(username, client) {
      users.clear(username);
      if (client !== undefined) clients.clear(client);
    },
  };
}
