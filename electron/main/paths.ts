// Where the built pieces sit relative to the built main process (out/main/index.js), in development
// and inside the packaged app's asar alike.
import { join } from 'node:path';

const mainDir = import.meta.dirname;

export const RENDERER_ROOT = join(mainDir, '..', 'renderer');
export const PRELOAD_PATH = join(mainDir, '..', 'preload', 'index.cjs');
export const BACKEND_ENTRY = join(mainDir, 'backend.js');
