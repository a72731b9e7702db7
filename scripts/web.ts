// Browser mode: `npm run web -- [--db FILE] [--port P] [--rebuild]`. Builds the UI when it is missing,
// then serves it and the API on 127.0.0.1.
import { parseArgs } from '../electron/cli/args.ts';
import { DEFAULT_PORT, exitProcess, startBrowserMode, stopOnSignals } from './browser-mode.ts';

const args = parseArgs(process.argv.slice(2));
const db = args.options.get('db');
const mode = await startBrowserMode({
  db: typeof db === 'string' ? db : undefined,
  port: Number(args.options.get('port') ?? DEFAULT_PORT),
  rebuild: args.options.has('rebuild'),
  onQuit: exitProcess,
});
console.log(`教务通（浏览器模式）已启动：${mode.url}  数据库：${mode.storePath}`);
stopOnSignals(mode);
