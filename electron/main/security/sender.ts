// Who may call the backend over IPC: only the main frame of our own window, showing our own origin.
import { isAppUrl } from '../app-origin.ts';

export interface SenderInfo {
  /** The URL of the frame that sent the message; null when the frame is gone. */
  frameUrl: string | null;
  /** The sending frame is its page's top-level frame (not an iframe). */
  isMainFrame: boolean;
  /** The id of the sending WebContents. */
  webContentsId: number;
}

/** True only for the top-level frame of our window's WebContents, on an app://jiaowu/ page. */
export function isTrustedSender(sender: SenderInfo, trustedWebContentsId: number | null): boolean {
  return (
    trustedWebContentsId !== null &&
    sender.webContentsId === trustedWebContentsId &&
    sender.isMainFrame &&
    sender.frameUrl !== null &&
    isAppUrl(sender.frameUrl)
  );
}
