// The Chinese application menu. Pure (types only from electron) so its structure is testable in Node;
// menu.ts installs it.
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  exportPdf(): void;
  openDataFolder(): void;
  about(): void;
}

export function menuTemplate(actions: MenuActions, options: { isMac: boolean; isPackaged: boolean }): MenuItemConstructorOptions[] {
  const macApp: MenuItemConstructorOptions[] = options.isMac
    ? [
        {
          label: '教务通',
          submenu: [
            { label: '关于教务通', click: actions.about },
            { type: 'separator' },
            { role: 'hide', label: '隐藏教务通' },
            { role: 'hideOthers', label: '隐藏其他' },
            { role: 'unhide', label: '全部显示' },
            { type: 'separator' },
            { role: 'quit', label: '退出教务通' },
          ],
        },
      ]
    : [];
  return [
    ...macApp,
    {
      label: '文件',
      submenu: [
        { label: '导出为 PDF…', accelerator: 'CmdOrCtrl+P', click: actions.exportPdf },
        { type: 'separator' },
        { label: '打开数据文件夹', click: actions.openDataFolder },
        ...(options.isMac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: '退出' } as const]),
      ],
    },
    {
      label: '编辑',
      submenu: [
        { role: 'undo', label: '撤销' },
        { role: 'redo', label: '重做' },
        { type: 'separator' },
        { role: 'cut', label: '剪切' },
        { role: 'copy', label: '复制' },
        { role: 'paste', label: '粘贴' },
        { role: 'selectAll', label: '全选' },
      ],
    },
    {
      label: '视图',
      submenu: [
        { role: 'reload', label: '重新载入' },
        ...(options.isPackaged ? [] : [{ role: 'toggleDevTools', label: '开发者工具' } as const]),
        { type: 'separator' },
        { role: 'resetZoom', label: '实际大小' },
        { role: 'zoomIn', label: '放大' },
        { role: 'zoomOut', label: '缩小' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: '全屏' },
      ],
    },
    {
      label: '窗口',
      submenu: [
        { role: 'minimize', label: '最小化' },
        ...(options.isMac ? [{ role: 'zoom', label: '缩放' } as const, { role: 'front', label: '全部置于顶层' } as const] : []),
        { role: 'close', label: '关闭窗口' },
      ],
    },
    { label: '帮助', submenu: [{ label: '关于教务通', click: actions.about }] },
  ];
}
