// Shared test helpers: real SQLite files in a fresh temporary folder, and the public fixtures.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBackend, type Backend } from '../electron/backend/backend.ts';

export const SHARED = join(import.meta.dirname, '..', '..', 'shared');
export const FIXTURES = join(SHARED, 'fixtures');

export function readFixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as Record<string, unknown>;
}

export function tempDir(prefix = 'jiaowu-test-'): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A backend on a new store file; close it (and remove the folder) when done. */
export function tempBackend(): Backend & { dir: string; dispose(): Promise<void> } {
  const { dir, cleanup } = tempDir();
  const backend = openBackend(join(dir, 'store.sqlite'));
  return Object.assign(backend, {
    dir,
    async dispose() {
      await backend.close();
      cleanup();
    },
  });
}

export const TEST_ADMIN = { username: 'admin', displayName: '测试管理员', password: 'test-password-1' };

/** Creates the first administrator of a store and answers their session token (transports ask for one). */
export async function adminToken(backend: Backend): Promise<string> {
  const { token } = await backend.invoke('auth.setup', TEST_ADMIN);
  return token!;
}
