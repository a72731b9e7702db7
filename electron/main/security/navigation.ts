// Navigation and new-window decisions. The window only ever shows our own app:// pages; links to the
// outside world open in the user's browser, and only https links after the user confirms.
import { isAppUrl, parseUrl } from '../app-origin.ts';

/** The main window may navigate only within app://jiaowu/. */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

export type ExternalLinkAction = 'confirm-and-open' | 'deny';

/** What to do when the page asks to open a new window on `url`: no new windows, ever. */
export function externalLinkAction(url: string): ExternalLinkAction {
  const parsed = parseUrl(url);
  if (!parsed || parsed.protocol !== 'https:') return 'deny';
  // Credentials in a link are a phishing pattern; an empty host cannot be shown for confirmation.
  if (parsed.username !== '' || parsed.password !== '' || parsed.hostname === '') return 'deny';
  return 'confirm-and-open';
}
