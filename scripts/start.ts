// `npm start`: builds the app, then opens it in Electron on the user's default store. Where Electron's
// binary cannot be had (it is downloaded on first use, and some machines cannot reach the download),
// it says so in one line and serves the same app in browser mode instead, printing the address.
//   npm start -- [--port P] [--no-build]   (the port is for browser mode; --no-build reuses out/)
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from '../electron/cli/args.ts';
import { buildApp, DEFAULT_PORT, exitProcess, ROOT, startBrowserMode, stopOnSignals } from './browser-mode.ts';
import { electronBinaryPath, tryInstallElectron } from './electron-binary.ts';

const INSTALL_TIMEOUT_MS = 60_000;
// A test seam: lets the start test point at a folder without the binary instead of node_modules/electron.
const electronDir = process.env.JIAOWU_ELECTRON_DIR ?? join(ROOT, 'node_modules', 'electron');
const args = parseArgs(process.argv.slice(2));

if (!args.options.has('no-build')) {
  console.error('正在构建教务通……');
  buildApp();
}

const binary = electronBinaryPath(electronDir) ?? tryInstallElectron(electronDir, INSTALL_TIMEOUT_MS);
if (binary) {
  // ELECTRON_RUN_AS_NODE (set by some editors' terminals) would make Electron a plain Node.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, [ROOT], { stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else {
  console.log('无法获取 Electron 运行文件，改用浏览器模式 / Electron binary unavailable, starting browser mode instead.');
  const mode = await startBrowserMode({ port: Number(args.options.get('port') ?? DEFAULT_PORT), onQuit: exitProcess });
  console.log(`教务通（浏览器模式）已启动：${mode.url}  数据库：${mode.storePath}`);
  stopOnSignals(mode);
}
