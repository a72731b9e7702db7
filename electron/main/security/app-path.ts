// Maps an app://jiaowu/<path> request to a file under the built renderer folder, refusing anything that
// would leave it (.., encoded separators, absolute paths, NUL) and anything not on our origin.
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME, parseUrl } from '../app-origin.ts';

export const INDEX_FILE = 'index.html';

/** The file to serve for `requestUrl`, inside `root`, or null when the request must be refused. */
export function resolveAppPath(root: string, requestUrl: string): string | null {
  const url = parseUrl(requestUrl);
  if (!url || url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  // Backslashes are separators on Windows; NUL ends a path in native calls.
  if (path.includes('\0') || path.includes('\\')) return null;
  const base = resolve(root);
  const relativePath = path === '/' || path === '' ? INDEX_FILE : path.replace(/^\/+/, '');
  if (isAbsolute(relativePath)) return null;
  const file = resolve(base, relativePath);
  const inside = relative(base, file);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return null;
  return file;
}

/** Client-side routes (no file extension) fall back to the single-page app's index.html. */
export function isClientRoute(file: string): boolean {
  return extname(file) === '';
}
