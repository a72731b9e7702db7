// Login throttling: the pure policy, and the backend refusing attempts after repeated failures, with an
// injected clock (no waiting in tests).
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { delayFor, recordFailure, USERNAME_POLICY, waitLeft, waitText, type ThrottleEntry } from '../../shared/domain/login-throttle.ts';
import { openBackend } from '../../electron/backend/backend.ts';
import { TEST_ADMIN, tempDir } from '../helpers.ts';

describe('throttle policy', () => {
  it('lets the free failures through, then doubles the wait up to the ceiling', () => {
    const waits = Array.from({ length: 12 }, (_, i) => delayFor(i + 1, USERNAME_POLICY));
    expect(waits.slice(0, 4)).toEqual([0, 0, 0, 0]);
    expect(waits.slice(4, 9)).toEqual([30_000, 60_000, 120_000, 240_000, 480_000]);
    expect(waits.slice(9)).toEqual([900_000, 900_000, 900_000]);
  });

  it('counts the wait from the last failure and forgets a quiet key', () => {
    let e: ThrottleEntry | undefined;
    for (let i = 0; i < 5; i++) e = recordFailure(e, USERNAME_POLICY, 1000);
    expect(waitLeft(e, USERNAME_POLICY, 1000)).toBe(30_000);
    expect(waitLeft(e, USERNAME_POLICY, 21_000)).toBe(10_000);
    expect(waitLeft(e, USERNAME_POLICY, 31_000)).toBe(0);
    expect(recordFailure(e, USERNAME_POLICY, 1000 + USERNAME_POLICY.forgetAfterMs).failures).toBe(1);
  });

  it('says the wait in Chinese', () => {
    expect(waitText(29_001)).toBe('30 秒');
    expect(waitText(150_000)).toBe('2 分 30 秒');
    expect(waitText(900_000)).toBe('15 分钟');
    expect(waitText(0)).toBe('1 秒');
  });
});

describe('sign-in throttling in the backend', () => {
  const { dir, cleanup } = tempDir();
  let now = Date.parse('2026-03-01T08:00:00Z');
  const backend = openBackend(join(dir, 'store.sqlite'), { clock: () => now });
  const login = (password: string, client = 'window-1', username = TEST_ADMIN.username) =>
    backend.call('auth.login', { username, password }, { client });
  const auditedLogins = () =>
    (backend.store.sqlite.prepare(`SELECT after FROM audit_log WHERE method = 'auth.login' ORDER BY id`).pluck().all() as string[]).map(
      (a) => JSON.parse(a) as { username: string; outcome: string; failures: number | null },
    );
  beforeAll(async () => {
    await backend.call('auth.setup', TEST_ADMIN, {});
  });
  afterAll(async () => {
    await backend.close();
    cleanup();
  });

  it('refuses attempts for a growing time after repeated failures, saying how long to wait', async () => {
    for (let i = 0; i < 4; i++) expect(await login('wrong')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: '用户名或密码错误' } });
    expect(await login('wrong')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: '用户名或密码错误。失败次数过多，请 30 秒后再试' } });
    // even the right password is refused while the wait lasts, without being checked
    now += 10_000;
    expect(await login(TEST_ADMIN.password)).toMatchObject({ ok: false, error: { code: 'THROTTLED', message: '登录失败次数过多，请 20 秒后再试' } });
    now += 20_000;
    expect(await login('wrong')).toMatchObject({ ok: false, error: { message: '用户名或密码错误。失败次数过多，请 1 分钟后再试' } });
    now += 59_000;
    expect(await login(TEST_ADMIN.password)).toMatchObject({ ok: false, error: { code: 'THROTTLED', message: '登录失败次数过多，请 1 秒后再试' } });
    now += 1_000;
    expect((await login(TEST_ADMIN.password)).ok).toBe(true);
  });

  it('starts from zero after a successful sign-in', async () => {
    for (let i = 0; i < 4; i++) expect(await login('wrong')).toMatchObject({ error: { message: '用户名或密码错误' } });
    expect((await login(TEST_ADMIN.password)).ok).toBe(true);
    expect(await login('wrong')).toMatchObject({ error: { message: '用户名或密码错误' } });
  });

  it('audits every failed and refused attempt, without the password', async () => {
    const logins = auditedLogins();
    expect(logins.filter((l) => l.outcome === 'failed')).toHaveLength(11);
    expect(logins.filter((l) => l.outcome === 'throttled')).toHaveLength(2);
    expect(logins.every((l) => l.username === TEST_ADMIN.username)).toBe(true);
    const text = (backend.store.sqlite.prepare('SELECT group_concat(after) FROM audit_log').pluck().get() as string) ?? '';
    expect(text).not.toContain(TEST_ADMIN.password);
    expect(text).not.toContain('wrong');
  });

  it('counts failures per client too: many usernames tried from one client', async () => {
    now += 2 * 3600_000;
    for (let i = 0; i < 19; i++) expect(await login('x', 'web-7', `guess${i}`)).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    expect(await login('x', 'web-7', 'guess19')).toMatchObject({ error: { message: '用户名或密码错误。失败次数过多，请 30 秒后再试' } });
    expect(await login(TEST_ADMIN.password, 'web-7')).toMatchObject({ error: { code: 'THROTTLED' } });
    // another client is not held up by them
    expect((await login(TEST_ADMIN.password, 'window-2')).ok).toBe(true);
  });
});
