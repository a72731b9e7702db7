// Ways a store file gets damaged, done to real files: pages overwritten in the middle, the file cut
// short, the header overwritten. And a store with data and a backup of it, closed, to damage.
import { closeSync, openSync, statSync, truncateSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { openBackend } from '../../electron/backend/backend.ts';
import { readFixture, TEST_ADMIN } from '../helpers.ts';

const PAGE = 4096;

/** Overwrites four pages in the middle of the file with junk. */
export function overwriteMiddle(path: string): void {
  const pages = Math.floor(statSync(path).size / PAGE);
  const fd = openSync(path, 'r+');
  try {
    writeSync(fd, Buffer.alloc(4 * PAGE, 0x5a), 0, 4 * PAGE, Math.floor(pages / 2) * PAGE);
  } finally {
    closeSync(fd);
  }
}

/** Cuts the file to a third of its length, as an interrupted copy would. */
export function truncateStore(path: string): void {
  truncateSync(path, Math.floor(statSync(path).size / 3));
}

/** Overwrites the header: the file is no longer recognisable as a database. */
export function overwriteHeader(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    writeSync(fd, Buffer.alloc(100, 0x41), 0, 100, 0);
  } finally {
    closeSync(fd);
  }
}

/**
 * A store holding the provincial fixture (and, with `admin`, the test administrator), with a manual
 * backup of it; closed. Answers the backup's name.
 */
export async function storeWithBackup(dir: string, file = 'store.sqlite', admin = false): Promise<{ path: string; backup: string }> {
  const path = join(dir, file);
  const backend = openBackend(path);
  await backend.ready;
  if (admin) await backend.invoke('auth.setup', TEST_ADMIN);
  await backend.invoke('exchange.import', { document: readFixture('provincial-small.json') });
  const { name } = await backend.invoke('backup.create', {});
  await backend.close();
  return { path, backup: name };
}
