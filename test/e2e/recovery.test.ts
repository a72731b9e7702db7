// Recovery mode in real Chromium: browser mode started on a store whose pages were overwritten in the middle
// (it opens: header and schema are intact) shows the recovery screen once the integrity check that runs after
// open finds the damage (which file, what was found, nothing deleted, the backups), restores a backup after
// confirming, and the app then opens on the restored data.
import { existsSync, readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserMode, type BrowserMode } from '../../scripts/browser-mode.ts';
import { TEST_ADMIN, tempDir } from '../helpers.ts';
import { overwriteMiddle, storeWithBackup } from '../trust/damage.ts';
import { CHROMIUM_ARGS, ensureBuilt, SCREENSHOTS } from './harness.ts';

describe('recovery screen in browser mode', () => {
  const tmp = tempDir('jiaowu-e2e-');
  let mode: BrowserMode;
  let browser: Browser;
  let page: Page;
  let storePath = '';
  let damaged: Buffer;
  let quits = 0;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    ensureBuilt();
    ({ path: storePath } = await storeWithBackup(tmp.dir, 'store.sqlite', true));
    overwriteMiddle(storePath);
    damaged = readFileSync(storePath);
    mode = await startBrowserMode({ db: storePath, port: 0, onQuit: () => quits++ });
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 860 }, locale: 'zh-CN' });
    page.setDefaultTimeout(20_000);
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(mode.url);
  });
  afterAll(async () => {
    await browser?.close();
    await mode?.stop();
    tmp.cleanup();
  });

  it('shows which file is damaged, what was found, that nothing was deleted, and the backups', async () => {
    await page.getByRole('heading', { name: '数据库文件已损坏' }).waitFor();
    expect(await page.getByTestId('recovery-file').textContent()).toBe(storePath);
    expect(await page.getByText('教务通没有删除或改动这个文件', { exact: false }).first().isVisible()).toBe(true);
    const rows = page.getByRole('table', { name: '从备份恢复' }).getByRole('row');
    await rows.filter({ hasText: '手动备份' }).waitFor();
    expect(await rows.filter({ hasText: '导入前备份' }).count()).toBe(1);
    // browser mode cannot show a file dialog: no “open another file” here
    expect(await page.getByRole('button', { name: '打开其他数据库文件……' }).count()).toBe(0);
    await page.screenshot({ path: `${SCREENSHOTS}/recovery.png` });
  });

  it('retrying does not change anything while the file is still damaged', async () => {
    await page.getByRole('button', { name: '重试' }).click();
    await page.getByText('仍然无法打开数据库。').waitFor();
    expect(readFileSync(storePath).equals(damaged)).toBe(true);
  });

  it('restores the chosen backup after confirming, keeping the damaged file aside', async () => {
    const row = page.getByRole('table', { name: '从备份恢复' }).getByRole('row').filter({ hasText: '手动备份' });
    await row.getByRole('button', { name: '恢复此备份' }).click();
    const dialog = page.getByRole('dialog', { name: '确认恢复' });
    await dialog.getByText('原文件不会删除').waitFor();
    await dialog.getByRole('button', { name: '校验并恢复' }).click();
    await page.getByRole('heading', { name: '已从备份恢复' }).waitFor();
    const kept = (await page.locator('code').filter({ hasText: '.damaged-' }).first().textContent())!;
    expect(existsSync(kept)).toBe(true);
    expect(readFileSync(kept).equals(damaged)).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}/recovery-restored.png` });
  });

  it('then opens the app on the restored data, asking for the login of that store', async () => {
    await page.getByRole('button', { name: '进入教务通' }).click();
    await page.getByLabel('用户名').fill(TEST_ADMIN.username);
    await page.getByLabel('密码').fill(TEST_ADMIN.password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByTestId('current-user').waitFor();
    await page.getByRole('navigation').getByRole('link', { name: '学员', exact: true }).click();
    await page.getByRole('main').getByText('孔健').first().waitFor();
    expect(quits).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
