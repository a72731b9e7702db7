// The application menu's structure: Chinese top-level menus, no developer tools in the packaged app.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate } from '../../electron/main/menu-template.ts';

const actions = { exportPdf() {}, openDataFolder() {}, about() {} };
const labels = (items: MenuItemConstructorOptions[]) => items.map((i) => i.label);
const roles = (items: MenuItemConstructorOptions[]) =>
  items.flatMap((i) => (Array.isArray(i.submenu) ? i.submenu.map((s) => s.role).filter(Boolean) : []));

describe('application menu', () => {
  it('has the five Chinese menus, with the app menu first on macOS', () => {
    expect(labels(menuTemplate(actions, { isMac: false, isPackaged: true }))).toEqual(['文件', '编辑', '视图', '窗口', '帮助']);
    expect(labels(menuTemplate(actions, { isMac: true, isPackaged: true }))).toEqual(['教务通', '文件', '编辑', '视图', '窗口', '帮助']);
  });

  it('labels every item in Chinese', () => {
    for (const menu of menuTemplate(actions, { isMac: true, isPackaged: false }))
      for (const item of menu.submenu as MenuItemConstructorOptions[])
        if (item.type !== 'separator') expect(item.label, JSON.stringify(item)).toMatch(/[\u4e00-\u9fff]/);
  });

  it('offers developer tools only outside the packaged app', () => {
    expect(roles(menuTemplate(actions, { isMac: false, isPackaged: true }))).not.toContain('toggleDevTools');
    expect(roles(menuTemplate(actions, { isMac: false, isPackaged: false }))).toContain('toggleDevTools');
  });
});
