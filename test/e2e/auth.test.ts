// Sign-in in real Chromium over browser mode: first-run administrator set-up, wrong password, logout,
// login, the idle lock (Chromium's clock is fast-forwarded, nothing waits) and unlocking; and an
// evaluator, whose every write is refused through browser mode's HTTP transport with their own cookie.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canCall } from '../../shared/api/access.ts';
import { contract, METHOD_NAMES } from '../../shared/api/contract.ts';
import { readFixture } from '../helpers.ts';
import { storeDigest } from '../trust/digest.ts';
import { startApp, type App } from './harness.ts';

const ADMIN = { username: 'jwc-admin', displayName: '教务处管理员', password: 'Admin-pass-2026' };
const EVALUATOR = { username: 'pinggu', displayName: '评估组专家', password: 'Eval-pass-2026' };

describe('sign-in, lock and roles in browser mode', () => {
  let app: App;
  // required fields' labels end in “ *”
  const field = (label: string) => app.page.getByLabel(new RegExp(`^${label}`));
  const signIn = async (username: string, password: string) => {
    await field('用户名').fill(username);
    await field('密码').fill(password);
    await app.page.getByRole('button', { name: '登录', exact: true }).click();
  };

  beforeAll(async () => {
    app = await startApp({ signIn: false });
    // Chromium's timers under a controllable clock: the idle lock is reached by fast-forwarding
    await app.page.clock.install();
    await app.page.reload();
  });
  afterAll(() => app?.close());

  it('first run: creates the administrator and signs them in', async () => {
    await app.page.getByRole('heading', { name: '首次使用：创建管理员账号' }).waitFor();
    await field('用户名').fill(ADMIN.username);
    await field('姓名').fill(ADMIN.displayName);
    await field('密码').fill(ADMIN.password);
    await field('再次输入密码').fill(ADMIN.password);
    await app.screenshot('first-run-admin');
    await app.page.getByRole('button', { name: '创建管理员并登录' }).click();
    await app.page.getByTestId('current-user').filter({ hasText: `${ADMIN.displayName}（管理员）` }).waitFor();
  });

  it('logs out, refuses a wrong password with a Chinese message, and logs in', async () => {
    await app.page.getByRole('button', { name: '退出登录' }).click();
    await app.page.getByRole('heading', { name: '登录', exact: true }).waitFor();
    await signIn(ADMIN.username, 'not-the-password');
    await app.page.getByText('用户名或密码错误').waitFor();
    await app.screenshot('login-wrong-password');
    await field('密码').fill(ADMIN.password);
    await app.page.getByRole('button', { name: '登录', exact: true }).click();
    await app.page.getByTestId('current-user').waitFor();
  });

  it('locks after the idle time and unlocks with the password', async () => {
    const { idleMinutes } = await app.backend.invoke('auth.settings', {});
    await app.page.clock.fastForward(`${String(idleMinutes + 1).padStart(2, '0')}:00`);
    await app.page.getByText(`因长时间未操作，已自动锁定。请 ${ADMIN.displayName} 重新登录。`).waitFor();
    expect(await app.page.getByTestId('current-user').count()).toBe(0);
    // the lock ended the session in the backend too, not only on screen
    const status = await app.page.evaluate(async () => (await fetch('api/auth.status', { method: 'POST', body: '{}' })).json());
    expect(status).toMatchObject({ ok: true, value: { user: null } });
    await app.screenshot('idle-locked');
    await field('密码').fill(ADMIN.password);
    await app.page.getByRole('button', { name: '登录', exact: true }).click();
    await app.page.getByTestId('current-user').waitFor();
  });

  it('an evaluator: every write method is refused over HTTP with their session, and nothing changes', async () => {
    await app.backend.invoke('exchange.import', { document: readFixture('provincial-small.json') });
    await app.backend.invoke('users.create', { ...EVALUATOR, role: 'evaluator' });
    await app.page.getByRole('button', { name: '退出登录' }).click();
    await signIn(EVALUATOR.username, EVALUATOR.password);
    await app.page.getByTestId('current-user').filter({ hasText: `${EVALUATOR.displayName}（评估员）` }).waitFor();

    const refused = METHOD_NAMES.filter((m) => contract[m].writes && !canCall('evaluator', m));
    expect(refused.length).toBeGreaterThan(30);
    const before = storeDigest(app.backend.store.sqlite);
    const answers = await app.page.evaluate(async (methods) => {
      const out: Record<string, unknown> = {};
      for (const m of methods) out[m] = await (await fetch(`api/${m}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json();
      return out;
    }, refused);
    for (const m of refused) expect(answers[m], m).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '您的角色（评估员）无权执行此操作' } });
    expect(storeDigest(app.backend.store.sqlite)).toBe(before);
    // reading still works with the same session
    const list = await app.page.evaluate(async () => (await fetch('api/trainees.list', { method: 'POST', body: '{}' })).json());
    expect(list).toMatchObject({ ok: true, value: { total: 40 } });
  });

  it('reported no page errors', () => {
    expect(app.pageErrors.filter((e) => !/status of 4\d\d/.test(e))).toEqual([]);
  });
});
