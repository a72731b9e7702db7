// Browser mode: the built UI and the same API contract over HTTP, on 127.0.0.1 only.
// POST /api/<method> with the JSON input answers the ApiResult; everything else serves the UI.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join, normalize, resolve, sep } from 'node:path';
import type { ApiResult } from '../../shared/api/result.ts';
import type { ApiService } from '../backend/recovery/service.ts';
import { contentType } from './content-type.ts';
import { CONTENT_SECURITY_POLICY } from './csp.ts';
import { streamExport } from './stream-export.ts';

/** Large enough for a whole school's exchange document; larger bodies are refused before reading. */
export const MAX_BODY_BYTES = 512 * 1024 * 1024;

function send(res: ServerResponse, status: number, body: unknown, cookie?: string): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...(cookie ? { 'set-cookie': cookie } : {}),
  });
  res.end(text);
}

/** The session lives in an HttpOnly cookie the page's scripts cannot read (or, for scripts, a bearer header). */
export const SESSION_COOKIE = 'jiaowu_session';

function sessionToken(req: IncomingMessage): string | undefined {
  const bearer = /^Bearer ([\w-]{1,200})$/.exec(req.headers.authorization ?? '');
  if (bearer) return bearer[1];
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, value] = part.trim().split('=');
    if (name === SESSION_COOKIE && value) return value;
  }
  return undefined;
}

/** Sign-in sets the cookie and keeps the token out of the page; sign-out clears it. */
function sessionCookie(method: string, result: ApiResult<unknown>): string | undefined {
  if (method === 'auth.logout') return `${SESSION_COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0`;
  if ((method !== 'auth.login' && method !== 'auth.setup') || !result.ok) return undefined;
  const value = result.value as { token?: string };
  const token = value.token;
  delete value.token;
  return token ? `${SESSION_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/` : undefined;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) throw new Error('too large');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function handleApi(backend: ApiService, req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
  if (req.method !== 'POST') return send(res, 405, { ok: false, error: { code: 'VALIDATION', message: '接口只接受 POST 请求' } });
  // A page from another origin must not drive the API through the user's browser.
  const origin = req.headers.origin;
  if (origin && origin !== `http://${req.headers.host}`)
    return send(res, 403, { ok: false, error: { code: 'VALIDATION', message: '拒绝来自其他网页的请求' } });
  let input: unknown;
  try {
    const body = await readBody(req);
    input = body === '' ? {} : JSON.parse(body);
  } catch (error) {
    const tooLarge = (error as Error).message === 'too large';
    return send(res, tooLarge ? 413 : 400, {
      ok: false,
      error: { code: 'VALIDATION', message: tooLarge ? `请求过大（上限 ${MAX_BODY_BYTES / 1024 / 1024} MB）` : '请求内容不是有效的 JSON' },
    });
  }
  const caller = { token: sessionToken(req), client: req.socket.remoteAddress };
  // The whole-store export is streamed from a connection of its own (stream-export.ts), once the caller may.
  const storePath = backend.openStorePath();
  if (method === 'exchange.export' && storePath !== null && storePath !== ':memory:') {
    const allowed = await backend.authorize(method, caller);
    return allowed.ok ? streamExport(storePath, res) : send(res, 200, allowed);
  }
  const result = await backend.call(method, input, caller);
  send(res, 200, result, sessionCookie(method, result));
}

function serveStatic(root: string, req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let file = normalize(join(root, decodeURIComponent(url.pathname)));
  if (!file.startsWith(root + sep) && file !== root) {
    res.writeHead(403).end();
    return;
  }
  if (!existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
  res.writeHead(200, {
    'content-type': contentType(file),
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'cache-control': file.endsWith('index.html') ? 'no-store' : 'max-age=3600',
  });
  createReadStream(file).pipe(res);
}

export interface WebServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

export async function startWebServer(backend: ApiService, opts: { port: number; uiRoot: string }): Promise<WebServer> {
  const root = resolve(opts.uiRoot);
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (path.startsWith('/api/')) {
      handleApi(backend, req, res, decodeURIComponent(path.slice(5))).catch((error: unknown) =>
        send(res, 500, { ok: false, error: { code: 'INTERNAL', message: `内部错误：${(error as Error).message}` } }),
      );
    } else serveStatic(root, req, res);
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port, '127.0.0.1', () => ok());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  return {
    server,
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
