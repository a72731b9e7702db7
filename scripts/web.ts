// Browser mode: `npm run web -- [--db FILE] [--port P]`. Builds the UI when it is missing, then serves
// it and the API on 127.0.0.1.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openBackend } from '../electron/backend/backend.ts';
import { defaultStorePath } from '../electron/backend/default-store.ts';
import { parseArgs } from '../electron/cli/args.ts';
import { startWebServer } from '../electron/web/server.ts';

const root = join(import.meta.dirname, '..');
const uiRoot = join(root, 'out', 'renderer');
const args = parseArgs(process.argv.slice(2));
const db = args.options.get('db');
const port = Number(args.options.get('port') ?? 5823);

if (!existsSync(join(uiRoot, 'index.html')) || args.options.has('rebuild')) {
  console.error('正在构建界面……');
  execFileSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
const backend = openBackend(typeof db === 'string' ? db : defaultStorePath());
const web = await startWebServer(backend, { port, uiRoot });
console.log(`教务通（浏览器模式）已启动：${web.url}  数据库：${backend.store.path}`);
const stop = async () => {
  await web.close();
  await backend.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
