// Installs the application menu and carries out its actions.
import { app, dialog, Menu, shell, type BrowserWindow } from 'electron';
import { menuTemplate } from './menu-template.ts';
import { savePageAsPdf } from './print-pdf.ts';

export function installMenu(getWindow: () => BrowserWindow | null, storePath: () => string): void {
  const template = menuTemplate(
    {
      exportPdf() {
        const window = getWindow();
        if (!window) return;
        savePageAsPdf(window).catch((error: unknown) =>
          dialog.showErrorBox('导出 PDF 失败', `未能保存 PDF：${(error as Error).message}`),
        );
      },
      openDataFolder() {
        void shell.openPath(app.getPath('userData'));
      },
      about() {
        const options = {
          type: 'info' as const,
          title: '关于教务通',
          message: `教务通 ${app.getVersion()}`,
          detail: `党校（行政学院）教务管理\nElectron ${process.versions.electron}\n数据库：${storePath()}`,
          buttons: ['确定'],
        };
        const window = getWindow();
        void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
      },
    },
    { isMac: process.platform === 'darwin', isPackaged: app.isPackaged },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
