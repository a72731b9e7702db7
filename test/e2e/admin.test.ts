// The administration screens in real Chromium over browser mode: restoring yesterday's backup in three
// clicks (the running backend serves the restored store, the screens read it again, the administrator
// stays signed in); accounts, and an evaluator who sees no edit control; the audit log filtered, opened
// and exported (read back, the xlsx through LibreOffice); erasing a trainee's personal data.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERASED_MARKER } from '../../shared/api/methods/audit.ts';
import { backupDatabase } from '../../electron/backend/store/backup.ts';
import { readFixture, TEST_ADMIN, tempDir } from '../helpers.ts';
import { startApp, type App } from './harness.ts';
import { FormModal } from './pages/form.ts';
import { Shell } from './pages/shell.ts';

const EVALUATOR = { username: 'pinggu', displayName: '王评估', password: 'evaluator-pass-1' };

describe('administration screens', () => {
  let app: App;
  let shell: Shell;
  let kong: { id: string; name: string };
  const files = tempDir('jiaowu-admin-e2e-');

  beforeAll(async () => {
    app = await startApp();
    shell = new Shell(app.page);
    await app.backend.invoke('exchange.import', { document: readFixture('provincial-small.json') });
    kong = (await app.backend.invoke('trainees.list', { q: '孔健' })).rows[0]!;
    await app.page.reload();
  });
  afterAll(async () => {
    await app?.close();
    files.cleanup();
  });

  it('restores yesterday’s backup in three clicks; the screens show the old data', async () => {
    // yesterday's daily backup, then today's changes
    await backupDatabase(app.backend.store.sqlite, app.storePath, 'daily', new Date(Date.now() - 86_400_000));
    await app.backend.invoke('trainees.update', { ...(await app.backend.invoke('trainees.get', { id: kong.id })), name: '孔健（今日修改）' });
    await shell.open('学员');
    await app.page.getByRole('row').filter({ hasText: '孔健（今日修改）' }).waitFor();

    await app.page.getByRole('navigation').getByRole('link', { name: '备份与恢复' }).click(); // 1
    const row = app.page.getByRole('row').filter({ hasText: '昨天' }).filter({ hasText: '每日自动备份' });
    await row.getByRole('button', { name: '恢复' }).click(); // 2
    const dialog = app.page.getByRole('dialog', { name: '恢复备份' });
    await dialog.getByText('恢复前备份').first().waitFor();
    await settled(app.page);
    await app.screenshot('backup-restore-confirm');
    await dialog.getByRole('button', { name: '确认恢复' }).click(); // 3

    await shell.notification(/已恢复 昨天 .* 的备份/).waitFor();
    // the list now also holds the pre-restore backup, and the administrator is still signed in
    await app.page.getByRole('row').filter({ hasText: '恢复前备份' }).waitFor();
    await app.page.getByTestId('current-user').filter({ hasText: '测试管理员' }).waitFor();
    await app.screenshot('backups');
    expect((await app.backend.invoke('trainees.get', { id: kong.id })).name).toBe('孔健');
    await shell.open('学员');
    await app.page.getByRole('row').filter({ hasText: kong.id }).filter({ hasText: '孔健' }).waitFor();
    expect(await app.page.getByText('孔健（今日修改）').count()).toBe(0);
  });

  it('creates an evaluator, who signs in and sees no edit control', async () => {
    await shell.open('用户管理');
    await app.page.getByRole('button', { name: '新建用户' }).click();
    const form = new FormModal(app.page);
    await form.fill('用户名', EVALUATOR.username);
    await form.fill('姓名', EVALUATOR.displayName);
    await form.dialog().getByRole('combobox', { name: '角色' }).click();
    await app.page.getByRole('option', { name: '评估员' }).click();
    await form.fill('初始密码', EVALUATOR.password);
    await form.fill('再次输入密码', EVALUATOR.password);
    await form.save();
    const row = app.page.getByRole('row').filter({ hasText: EVALUATOR.username });
    await row.filter({ hasText: '评估员' }).waitFor();
    // the only administrator can be neither disabled nor deleted
    const adminRow = app.page.getByRole('row').filter({ hasText: '测试管理员' });
    expect(await adminRow.getByRole('button', { name: '停用' }).count()).toBe(0);
    await app.screenshot('users');

    const context = await app.page.context().browser()!.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    try {
      await page.goto(app.url);
      await page.getByLabel('用户名').fill(EVALUATOR.username);
      await page.getByLabel('密码').fill(EVALUATOR.password);
      await page.getByRole('button', { name: '登录' }).click();
      await page.getByTestId('current-user').filter({ hasText: '王评估（评估员）' }).waitFor();
      const nav = page.getByRole('navigation');
      expect(await nav.getByRole('link', { name: '用户管理' }).count()).toBe(0);
      expect(await nav.getByRole('link', { name: '审计日志' }).count()).toBe(0);
      await expectNoEditControls(page);
    } finally {
      await context.close();
    }
  });

  it('filters the audit log, shows an entry before and after, and exports what is filtered', async () => {
    await shell.open('学员');
    await app.page.getByRole('row').filter({ hasText: kong.id }).click();
    await app.page.getByRole('button', { name: '编辑' }).click();
    const form = new FormModal(app.page);
    await form.fill('工作单位', '某县组织部');
    await form.save();
    await app.page.getByText('某县组织部').first().waitFor();
    await shell.open('审计日志');
    await app.page.getByRole('combobox', { name: '操作' }).click();
    await app.page.getByRole('option', { name: '修改', exact: true }).click();
    await app.page.getByRole('combobox', { name: '记录类型' }).click();
    await app.page.getByRole('option', { name: '学员', exact: true }).click();
    await app.page.getByTestId('audit-total').filter({ hasText: '共 2 条' }).waitFor();
    await app.screenshot('audit');
    await app.page.getByRole('row').filter({ hasText: kong.id }).first().click();
    const drawer = app.page.getByRole('dialog');
    const changed = drawer.locator('tr[data-changed]');
    await changed.filter({ hasText: '某县组织部' }).waitFor();
    expect(await changed.count()).toBe(1);
    await settled(app.page);
    await app.screenshot('audit-entry');
    await app.page.keyboard.press('Escape');

    const csv = await download(app.page, '导出 CSV', join(files.dir, 'audit.csv'));
    const lines = readFileSync(csv, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r\n/);
    expect(lines).toHaveLength(3);
    expect(lines.slice(1).every((l) => l.includes('trainees.update'))).toBe(true);
    const xlsx = await download(app.page, '导出 Excel', join(files.dir, 'audit.xlsx'));
    const profile = `-env:UserInstallation=file://${join(files.dir, 'lo-profile')}`;
    execFileSync('soffice', [profile, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', join(files.dir, 'csv'), xlsx], { stdio: 'ignore' });
    const sheet = readFileSync(join(files.dir, 'csv', 'audit.csv'), 'utf8').trim().split(/\r?\n/);
    expect(sheet[0]).toContain('修改前');
    expect(sheet.slice(1).map((l) => l.split(',')[0])).toEqual(lines.slice(1).map((l) => l.split(',')[0]));
  });

  it('sets the idle-lock time in 设置 and changes one’s own password from the header', async () => {
    await shell.open('设置');
    const minutes = app.page.getByLabel('锁定前的空闲时间（分钟）');
    await minutes.fill('30');
    // the institution form's 保存 stays disabled: nothing changed there
    await app.page.getByRole('main').getByRole('button', { name: '保存', disabled: false }).click();
    await shell.notification('已设置：空闲 30 分钟后自动锁定').waitFor();
    expect(await app.backend.invoke('auth.settings', {})).toEqual({ idleMinutes: 30 });

    await app.page.getByRole('button', { name: '修改密码' }).click();
    const form = new FormModal(app.page);
    await form.fill('当前密码', 'not-the-password');
    await form.fill('新密码', 'new-admin-pass-2');
    await form.fill('再次输入密码', 'new-admin-pass-3');
    await form.save();
    await form.fieldError('两次输入的密码不一致').waitFor();
    await form.fill('再次输入密码', 'new-admin-pass-2');
    await form.save();
    await form.fieldError('当前密码不正确').first().waitFor();
    await form.fill('当前密码', TEST_ADMIN.password);
    // the notifications of the earlier steps would cover the dialog's 保存 in the picture
    await shell.dismissNotifications();
    await settled(app.page);
    await app.screenshot('change-password');
    await form.save();
    await shell.notification('密码已修改').waitFor();
    expect((await app.backend.call('auth.login', { username: TEST_ADMIN.username, password: 'new-admin-pass-2' })).ok).toBe(true);
  });

  it('erases a trainee after their name is typed; the audit keeps the entries without personal fields', async () => {
    await shell.open('学员');
    await app.page.getByRole('row').filter({ hasText: kong.id }).click();
    await app.page.getByRole('button', { name: '删除个人信息' }).click();
    const dialog = app.page.getByRole('dialog', { name: '删除个人信息' });
    const confirm = dialog.getByRole('button', { name: '永久删除' });
    expect(await confirm.isDisabled()).toBe(true);
    await dialog.getByRole('textbox').fill('孔');
    expect(await confirm.isDisabled()).toBe(true);
    await dialog.getByRole('textbox').fill(kong.name);
    await app.screenshot('trainee-erase-confirm');
    await confirm.click();
    await app.page.getByTestId('erased-notice').filter({ hasText: '个人信息已删除' }).waitFor();
    await app.screenshot('trainee-erased');
    expect((await app.backend.call('trainees.get', { id: kong.id })).ok).toBe(false);
    const log = JSON.stringify((await app.backend.invoke('audit.list', { kind: 'trainees', limit: 10_000 })).rows);
    expect(log).toContain(ERASED_MARKER);
    expect(log).not.toContain('某县组织部');
    expect(app.pageErrors).toEqual([]);
  });
});

/** Waits for the page's running transitions (a drawer sliding in, a modal fading in) to end. */
async function settled(page: Page): Promise<void> {
  // a cancelled animation rejects `finished`: it is over too
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
}

async function download(page: Page, button: string, to: string): Promise<string> {
  const event = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  await (await event).saveAs(to);
  return to;
}

/** The screens an evaluator reads: none offers a button that changes data. */
async function expectNoEditControls(page: Page): Promise<void> {
  const edits = /^(新增|新建|编辑|删除|保存|导入|恢复|立即备份|删除个人信息|载入示范数据|撤销|重做)/;
  for (const [nav, shows] of [
    ['学员', '孔健'],
    ['班次', '第1期科级干部培训班'],
    ['课程库', 'C0001'],
    ['师资库', '杜萍'],
    ['学期规划', '2026年秋季学期'],
    ['规则集', '规则'],
    ['设置', '院校信息'],
    ['备份与恢复', '每日自动备份'],
  ] as const) {
    await page.getByRole('navigation').getByRole('link', { name: nav, exact: true }).click();
    await page.getByRole('main').getByText(shows).first().waitFor();
    const labels = await page.getByRole('main').getByRole('button').allTextContents();
    expect(labels.filter((l) => edits.test(l.trim())), nav).toEqual([]);
  }
  await page.getByRole('navigation').getByRole('link', { name: '学员', exact: true }).click();
  await page.getByRole('row').filter({ hasText: '孔健' }).first().click();
  await page.getByRole('button', { name: '导出个人信息' }).waitFor();
  const labels = await page.getByRole('main').getByRole('button').allTextContents();
  expect(labels.filter((l) => edits.test(l.trim()))).toEqual([]);
}
