// Opens an https link in the user's own browser, only after the user confirms it in a dialog.
import { dialog, shell, type BrowserWindow } from 'electron';
import { externalLinkAction } from './security/navigation.ts';

export async function openExternalAfterConfirm(url: string, parent: BrowserWindow | null): Promise<void> {
  if (externalLinkAction(url) !== 'confirm-and-open') return;
  const options = {
    type: 'question' as const,
    title: '打开外部链接',
    message: '是否在浏览器中打开以下网址？',
    detail: url,
    buttons: ['在浏览器中打开', '取消'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  };
  const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
  if (response === 0) await shell.openExternal(new URL(url).toString());
}
