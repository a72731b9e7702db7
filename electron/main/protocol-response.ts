// Answers one app:// request from the built renderer folder. No Electron imports (Response is a Node
// global), so Node tests can drive it; protocol.ts registers it with Electron.
import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { INDEX_FILE, isClientRoute, resolveAppPath } from './security/app-path.ts';
import { appResponseHeaders } from './security/response-headers.ts';

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

export async function appProtocolResponse(root: string, request: { url: string; method: string }): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return new Response(null, { status: 405, headers: appResponseHeaders(null) });
  let file = resolveAppPath(root, request.url);
  if (file === null) return new Response(null, { status: 404, headers: appResponseHeaders(null) });
  if (!(await isFile(file))) {
    // A reload on a client-side route loads the app, which then shows the route; missing assets are 404.
    if (!isClientRoute(file)) return new Response(null, { status: 404, headers: appResponseHeaders(null) });
    file = join(resolve(root), INDEX_FILE);
  }
  const body = request.method === 'HEAD' ? null : new Uint8Array(await readFile(file));
  return new Response(body, { status: 200, headers: appResponseHeaders(file) });
}
