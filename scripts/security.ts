// `npm run security [-- --input DIR]`: Doyensec's electronegativity over the built app (out/, or DIR laid
// out the same way), as it ships. Fails on any HIGH finding and on any shell file the tool could not
// parse; lists the lower findings with the reason each is accepted (the README repeats them).
//
// Scanned: the shell's main process (out/main/index.js and the chunks it imports), out/preload,
// out/renderer. The backend's utilityProcess bundle, its report worker and their chunks are Node only,
// import nothing from electron, and the tool's old AST walker cannot read their class private fields. The check that downloads Electron's release list is off (no network here;
// the Electron version is pinned in package.json and raised deliberately).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from '../electron/cli/args.ts';

interface Level {
  name: string;
  value: number;
}
interface Finding {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: Level;
  confidence: Level;
  sample?: string;
  description: string;
}
interface ScanResult {
  issues: Finding[];
  errors: { file: string; message: string; tolerable: boolean }[];
}
type Run = (options: Record<string, unknown>) => Promise<ScanResult>;

/** Findings reviewed and accepted, with the reason. Anything HIGH fails regardless. */
export const ACCEPTED: Record<string, string> = {
  PRELOAD_JS_CHECK:
    'The preload exposes only window.jiaowu: one function per contract method over one channel; the main process checks sender and method name on every call.',
  CSP_GLOBAL_CHECK:
    "The CSP evaluator notes that script-src 'self' is risky where JSONP or user uploads are served; app:// serves only the built files.",
  ELECTRON_VERSION_JSON_CHECK: 'Informational: reports the Electron version, pinned exactly in package.json.',
  OPEN_EXTERNAL_JS_CHECK:
    'shell.openExternal runs only for https links without credentials, after the user confirms the address in a dialog (electron/main/external-link.ts).',
};

const ROOT = join(import.meta.dirname, '..');
const input = parseArgs(process.argv.slice(2)).options.get('input');
const OUT = typeof input === 'string' ? resolve(input) : join(ROOT, 'out');
const require = createRequire(import.meta.url);
const run = require('@doyensec/electronegativity') as Run;
const electronVersion = (JSON.parse(readFileSync(join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }).version;

// The tool also downloads updated translations; offline, its HTTP client throws this from a retry timer.
process.on('uncaughtException', (error) => {
  if (error.message.includes('onCancel` handler was attached after the promise settled')) return;
  console.error(error);
  process.exit(2);
});

/** The main process's entry and every file it imports, relative to out/main. */
function shellFiles(mainDir: string): Set<string> {
  const found = new Set<string>();
  const visit = (file: string): void => {
    const key = relative(mainDir, file);
    if (found.has(key)) return;
    found.add(key);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from|import\()\s*["'](\.{1,2}\/[^"']+)["']/g)) visit(resolve(dirname(file), spec!));
  };
  visit(join(mainDir, 'index.js'));
  return found;
}

const staging = mkdtempSync(join(tmpdir(), 'jiaowu-security-'));
let failed = false;
try {
  const mainDir = join(OUT, 'main');
  const shell = shellFiles(mainDir);
  cpSync(OUT, join(staging, 'out'), {
    recursive: true,
    filter: (source) => {
      if (source.endsWith('.map')) return false;
      const inMain = relative(mainDir, source);
      return inMain.startsWith('..') || inMain === '' || shell.has(inMain) || !inMain.endsWith('.js');
    },
  });
  writeFileSync(join(staging, 'package.json'), JSON.stringify({ name: 'jiaowu', main: 'out/main/index.js', devDependencies: { electron: electronVersion } }));
  const result = await run({
    input: staging,
    electronVersionOverride: electronVersion,
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
    isRelative: true,
  });
  for (const error of result.errors.filter((e) => !e.tolerable)) {
    failed = true;
    console.error(`未能扫描 / could not scan ${error.file}: ${error.message}`);
  }
  const issues = [...result.issues].sort((a, b) => b.severity.value - a.severity.value);
  for (const issue of issues) {
    const high = issue.severity.value >= 3;
    if (high) failed = true;
    const verdict = high ? 'FAIL' : ACCEPTED[issue.id] ? `accepted: ${ACCEPTED[issue.id]}` : 'review';
    console.log(`${issue.severity.name.padEnd(13)} ${issue.confidence.name.padEnd(9)} ${issue.id} ${issue.file}:${issue.location.line}  ${verdict}`);
  }
  const counts = Object.entries(Object.groupBy(issues, (i) => i.severity.name)).map(([k, v]) => `${v?.length ?? 0} ${k}`);
  console.log(`electronegativity (Electron ${electronVersion}): ${issues.length} findings${counts.length ? ` (${counts.join(', ')})` : ''}; ${failed ? 'FAILED' : 'no HIGH finding'}`);
} finally {
  rmSync(staging, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
