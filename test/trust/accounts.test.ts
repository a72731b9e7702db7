// Accounts, roles, sessions, the audit log and personal data, through the backend as transports call it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isExportMethod } from '../../shared/api/access.ts';
import { ERASED_MARKER } from '../../shared/api/methods/audit.ts';
import { contract, METHOD_NAMES } from '../../shared/api/contract.ts';
import { writeAudit } from '../../electron/backend/audit/record.ts';
import { SYSTEM_ACTOR } from '../../electron/backend/auth/actor.ts';
import { resolveSession } from '../../electron/backend/auth/sessions.ts';
import { readFixture, TEST_ADMIN, tempBackend } from '../helpers.ts';
import { storeDigest } from './digest.ts';

const backend = tempBackend();
const as = (token: string) => ({ token });
let admin = '';
let staff = '';
let evaluator = '';
const trainee = readFixture('provincial-small.json').trainees as { id: string; name: string }[];

beforeAll(async () => {
  await backend.ready;
  expect(await backend.call('auth.status', {}, {})).toMatchObject({ ok: true, value: { hasUsers: false, user: null } });
  const setup = await backend.call('auth.setup', TEST_ADMIN, {});
  admin = (setup as { value: { token: string } }).value.token;
  await backend.call('users.create', { username: 'staff', displayName: '教务员甲', role: 'staff', password: 'staff-password' }, as(admin));
  await backend.call('users.create', { username: 'eval', displayName: '评估员乙', role: 'evaluator', password: 'eval-password' }, as(admin));
  staff = ((await backend.call('auth.login', { username: 'staff', password: 'staff-password' }, {})) as { value: { token: string } }).value.token;
  evaluator = ((await backend.call('auth.login', { username: 'eval', password: 'eval-password' }, {})) as { value: { token: string } }).value.token;
  await backend.call('exchange.import', { document: readFixture('provincial-small.json') }, as(staff));
});
afterAll(() => backend.dispose());

describe('sign-in', () => {
  it('creates the administrator only on the first run', async () => {
    expect(await backend.call('auth.setup', { ...TEST_ADMIN, username: 'second' }, {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('refuses a transport call without a valid session, except the sign-in methods', async () => {
    expect(await backend.call('trainees.list', {}, {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await backend.call('trainees.list', {}, as('forged-token'))).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await backend.call('auth.login', { username: 'admin', password: 'wrong-password' }, {})).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', message: '用户名或密码错误' },
    });
    expect((await backend.call('trainees.list', {}, as(admin))).ok).toBe(true);
  });

  it('stores scrypt hashes with a salt of their own', () => {
    const hashes = backend.store.sqlite.prepare('SELECT password_hash FROM users').pluck().all() as string[];
    for (const h of hashes) expect(h).toMatch(/^scrypt\$16384\$8\$1\$[\w+/=]+\$[\w+/=]+$/);
    expect(new Set(hashes.map((h) => h.split('$')[4])).size).toBe(hashes.length);
  });

  it('ends a session after the idle time', async () => {
    const { value } = (await backend.call('auth.login', { username: 'staff', password: 'staff-password' }, {})) as { value: { token: string; idleMinutes: number } };
    const later = new Date(Date.now() + (value.idleMinutes + 1) * 60_000);
    expect(() => resolveSession(backend.store, value.token, later)).toThrow(/登录已过期/);
    expect(await backend.call('trainees.list', {}, as(value.token))).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('signs out', async () => {
    const { value } = (await backend.call('auth.login', { username: 'staff', password: 'staff-password' }, {})) as { value: { token: string } };
    await backend.call('auth.logout', {}, as(value.token));
    expect(await backend.call('app.info', {}, as(value.token))).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });
});

describe('roles', () => {
  it('an evaluator can change nothing: every write method is refused and the store stays as it was', async () => {
    const before = storeDigest(backend.store.sqlite);
    const writes = METHOD_NAMES.filter((m) => contract[m].writes && !isExportMethod(m) && !m.startsWith('auth.'));
    expect(writes.length).toBeGreaterThan(20);
    for (const method of writes) {
      const result = await backend.call(method, { id: trainee[0]!.id }, as(evaluator));
      expect(result, method).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(storeDigest(backend.store.sqlite)).toBe(before);
    expect((await backend.call('trainees.list', {}, as(evaluator))).ok).toBe(true);
    expect((await backend.call('exchange.export', {}, as(evaluator))).ok).toBe(true);
  });

  it('accounts, the audit log and restoring are for administrators only', async () => {
    for (const method of ['users.list', 'audit.list', 'backup.restore', 'personalData.erase'])
      expect(await backend.call(method, {}, as(staff)), method).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await backend.call('users.list', {}, as(admin))).ok).toBe(true);
  });

  it('keeps at least one active administrator', async () => {
    const users = (await backend.invoke('users.list', {})).rows;
    const adminId = users.find((u) => u.role === 'admin')!.id;
    expect(await backend.call('users.update', { id: adminId, role: 'staff' }, as(admin))).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});

describe('audit log', () => {
  it('records who changed which record, with the values before and after', async () => {
    const t = (await backend.invoke('trainees.get', { id: trainee[1]!.id }))!;
    await backend.call('trainees.update', { ...t, organization: '新单位' }, as(staff));
    const { rows } = await backend.invoke('audit.list', { kind: 'trainees', recordId: t.id });
    expect(rows[0]).toMatchObject({ username: 'staff', method: 'trainees.update', before: { organization: t.organization }, after: { organization: '新单位' } });
    const imports = await backend.invoke('audit.list', { q: 'exchange.import' });
    expect(imports.rows[0]).toMatchObject({ username: 'staff', kind: 'exchange' });
  });

  it('writes nothing for a refused write, and never a password', async () => {
    const count = () => backend.store.sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get();
    const before = count();
    await backend.call('trainees.create', { id: '' }, as(staff));
    await backend.call('trainees.update', { id: 'nobody', name: 'x', group: null, organization: null, exempt: false }, as(staff));
    expect(count()).toBe(before);
    const all = JSON.stringify(await backend.invoke('audit.list', { limit: 10_000 }));
    expect(all).not.toMatch(/password|scrypt\$/);
  });

  it('filters by user and date, and exports CSV and xlsx', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const byStaff = await backend.invoke('audit.list', { user: 'staff', from: today, to: today });
    expect(byStaff.total).toBeGreaterThan(0);
    expect(byStaff.rows.every((r) => r.username === 'staff')).toBe(true);
    expect((await backend.invoke('audit.list', { from: '2000-01-01', to: '2000-01-02' })).total).toBe(0);
    // days are the caller's local days: 20:00 UTC on 1 March is 2 March in Beijing (offset -480)
    writeAudit(backend.store, SYSTEM_ACTOR, { method: 'trainees.update', kind: 'trainees', recordId: 'TZ', before: null, after: null }, new Date('2026-03-01T20:00:00Z'));
    const day = (d: string, timezoneOffset?: number) =>
      backend.invoke('audit.list', { recordId: 'TZ', from: d, to: d, ...(timezoneOffset === undefined ? {} : { timezoneOffset }) }).then((r) => r.total);
    expect([await day('2026-03-01'), await day('2026-03-02'), await day('2026-03-01', -480), await day('2026-03-02', -480)]).toEqual([1, 0, 0, 1]);
    const updates = await backend.invoke('audit.list', { action: 'update' });
    expect(updates.total).toBeGreaterThan(0);
    expect(updates.rows.every((r) => r.method.endsWith('.update'))).toBe(true);
    const csv = await backend.invoke('audit.export', { format: 'csv', user: 'staff' });
    expect(Buffer.from(csv.base64, 'base64').toString('utf8')).toMatch(/^\uFEFF序号,时间/);
    const xlsx = await backend.invoke('audit.export', { format: 'xlsx' });
    expect(Buffer.from(xlsx.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
  });
});

describe('personal data', () => {
  it('exports everything about one trainee, then erases them keeping stripped audit entries', async () => {
    const id = trainee[1]!.id;
    const data = await backend.invoke('personalData.export', { trainee: id });
    expect(data.trainee).toMatchObject({ id });
    expect(data.trainingRecords.length).toBeGreaterThan(0);
    expect(data.audit.length).toBeGreaterThan(0);
    const erased = await backend.call('personalData.erase', { trainee: id }, as(admin));
    expect(erased).toMatchObject({ ok: true, value: { erased: true, trainingRecords: data.trainingRecords.length } });
    expect(await backend.call('trainees.get', { id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const log = JSON.stringify(backend.store.sqlite.prepare('SELECT * FROM audit_log').all());
    expect(log).not.toContain(trainee[1]!.name);
    expect(log).not.toContain(`"${id}"`);
    expect(log).toContain(ERASED_MARKER);
  });
});
