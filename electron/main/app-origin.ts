// The renderer is served from app://jiaowu/, a privileged standard scheme, never from file:// or http://.
// Pure: no Electron imports, so the security checks built on it run in Node tests.

export const APP_SCHEME = 'app';
export const APP_HOST = 'jiaowu';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True for URLs on our own origin. Compared by scheme and host: WHATWG URL gives a custom scheme's
 * origin as "null", so origin strings cannot be compared.
 */
export function isAppUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
