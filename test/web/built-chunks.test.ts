// The built UI is split by screen (renderer/src/app/lazy-page.tsx): each chunk must come through both
// transports, the desktop app's app:// responder and browser mode's HTTP server, with its type and the CSP.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appProtocolResponse } from '../../electron/main/protocol-response.ts';
import { CONTENT_SECURITY_POLICY } from '../../electron/web/csp.ts';
import { startWebServer, type WebServer } from '../../electron/web/server.ts';
import { tempBackend } from '../helpers.ts';

const UI = join(import.meta.dirname, '..', '..', 'out', 'renderer');
const TYPES: Record<string, string> = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8' };

describe('the built UI, chunk by chunk', () => {
  const backend = tempBackend();
  let web: WebServer;
  let assets: string[] = [];
  let index = '';

  beforeAll(async () => {
    // npm test builds first; run `npm run build` before this file alone
    index = readFileSync(join(UI, 'index.html'), 'utf8');
    assets = readdirSync(join(UI, 'assets')).filter((f) => /\.(js|css)$/.test(f));
    web = await startWebServer(backend, { port: 0, uiRoot: UI });
  });
  afterAll(async () => {
    await web.close();
    await backend.dispose();
  });

  it('loads each screen as a chunk of its own, not from the page', () => {
    const planner = assets.find((f) => /^PlannerPage-.*\.js$/.test(f));
    expect(planner).toBeDefined();
    expect(index).not.toContain(planner);
    expect(assets.filter((f) => f.endsWith('.js')).length).toBeGreaterThan(10);
  });

  it('serves every chunk over app:// and over browser mode, with its type and the CSP', async () => {
    for (const file of assets) {
      const body = readFileSync(join(UI, 'assets', file), 'utf8');
      const type = TYPES[file.split('.').pop()!];
      const desktop = await appProtocolResponse(UI, { url: `app://jiaowu/assets/${file}`, method: 'GET' });
      const browser = await fetch(`${web.url}assets/${file}`);
      for (const response of [desktop, browser]) {
        expect(response.status, file).toBe(200);
        expect(response.headers.get('content-type'), file).toBe(type);
        expect(response.headers.get('content-security-policy'), file).toBe(CONTENT_SECURITY_POLICY);
        expect(await response.text(), file).toBe(body);
      }
    }
  });
});
