// Applied to every WebContents the app creates: no navigation away from app://jiaowu/, no new windows
// (https links go to the user's browser after confirmation), no <webview>.
import { BrowserWindow, type WebContents } from 'electron';
import { openExternalAfterConfirm } from './external-link.ts';
import { isAllowedNavigation } from './security/navigation.ts';

export function guardWebContents(contents: WebContents): void {
  const refuseOutside = (event: { url: string; preventDefault(): void }) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', refuseOutside);
  contents.on('will-frame-navigate', refuseOutside);
  contents.on('will-redirect', refuseOutside);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalAfterConfirm(url, BrowserWindow.fromWebContents(contents));
    return { action: 'deny' };
  });
}
