// Backups of the store in a `backups` folder beside it: taken with SQLite's online backup API (a
// consistent copy while the store is in use), written under a temporary name and renamed, so a crash
// never leaves a half-written file that looks like a backup. Rotation keeps 7 daily, 4 weekly and the
// pre-change ones for 30 days; manual backups are kept until the user removes them.
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import SQLite from 'better-sqlite3';

export const BACKUP_REASONS = ['daily', 'manual', 'pre-migration', 'pre-import', 'pre-restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** Reasons whose backups are taken just before a change and kept for 30 days. */
const PRE_CHANGE: ReadonlySet<BackupReason> = new Set(['pre-migration', 'pre-import', 'pre-restore']);
const DAY_MS = 86_400_000;

export interface BackupInfo {
  file: string;
  name: string;
  reason: BackupReason;
  /** ISO time the backup was taken (from its name, so copies keep it). */
  takenAt: string;
  bytes: number;
}

export const backupsDir = (storePath: string): string => join(dirname(storePath), 'backups');
const prefix = (storePath: string): string => basename(storePath, extname(storePath));

const stamp = (d: Date): string => d.toISOString().replace(/[-:]/g, '').replace('.', '');
const NAME = /^(.+)-(\d{8}T\d{9}Z)(?:-\d+)?-([a-z-]+)\.sqlite$/;

function parseStamp(s: string): Date {
  const iso = `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`;
  return new Date(iso);
}

/** Every backup of this store, newest first. */
export function listBackups(storePath: string): BackupInfo[] {
  const dir = backupsDir(storePath);
  if (!existsSync(dir)) return [];
  const own = prefix(storePath);
  const out: BackupInfo[] = [];
  for (const name of readdirSync(dir)) {
    const m = NAME.exec(name);
    if (!m || m[1] !== own || !(BACKUP_REASONS as readonly string[]).includes(m[3]!)) continue;
    const file = join(dir, name);
    out.push({ file, name, reason: m[3] as BackupReason, takenAt: parseStamp(m[2]!).toISOString(), bytes: statSync(file).size });
  }
  return out.sort((a, b) => (a.takenAt < b.takenAt ? 1 : a.takenAt > b.takenAt ? -1 : b.name.localeCompare(a.name)));
}

function targetName(storePath: string, reason: BackupReason, now: Date): string {
  const dir = backupsDir(storePath);
  mkdirSync(dir, { recursive: true });
  const base = `${prefix(storePath)}-${stamp(now)}`;
  let name = `${base}-${reason}.sqlite`;
  for (let i = 2; existsSync(join(dir, name)); i++) name = `${base}-${i}-${reason}.sqlite`;
  return join(dir, name);
}

/** A backup is one self-contained file: switch the copy out of WAL mode so it needs no -wal/-shm. */
function finish(partial: string, target: string): void {
  const copy = new SQLite(partial);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  renameSync(partial, target);
}

/** Online backup of an open store into a file of the user's choice (not rotated). */
export async function backupToFile(sqlite: SQLite.Database, target: string): Promise<void> {
  const partial = `${target}.partial`;
  await sqlite.backup(partial);
  finish(partial, target);
}

/** Online backup of an open store (the store stays usable meanwhile). */
export async function backupDatabase(sqlite: SQLite.Database, storePath: string, reason: BackupReason, now = new Date()): Promise<BackupInfo> {
  const target = targetName(storePath, reason, now);
  const partial = `${target}.partial`;
  await sqlite.backup(partial);
  finish(partial, target);
  rotateBackups(storePath, now);
  return listBackups(storePath).find((b) => b.file === target)!;
}

/**
 * The same, synchronously, for the moment before a migration (opening a store is synchronous):
 * VACUUM INTO is SQLite's own transactionally consistent copy.
 */
export function backupDatabaseSync(sqlite: SQLite.Database, storePath: string, reason: BackupReason, now = new Date()): string {
  const target = targetName(storePath, reason, now);
  const partial = `${target}.partial`;
  sqlite.prepare('VACUUM INTO ?').run(partial);
  finish(partial, target);
  rotateBackups(storePath, now);
  return target;
}

const localDay = (d: Date): string => `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
function isoWeek(d: Date): string {
  const t = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const jan1 = Date.UTC(t.getUTCFullYear(), 0, 1);
  return `${t.getUTCFullYear()}-W${Math.ceil(((t.getTime() - jan1) / DAY_MS + 1) / 7)}`;
}

/** Which backups the rotation keeps: pure, so it is tested on its own. */
export function backupsToKeep(backups: readonly Pick<BackupInfo, 'name' | 'reason' | 'takenAt'>[], now: Date): Set<string> {
  const keep = new Set<string>();
  const days = new Set<string>();
  const weeks = new Set<string>();
  // Newest first: the newest backup of each day (7 days) and then of each week (4 weeks) is kept.
  const sorted = [...backups].sort((a, b) => (a.takenAt < b.takenAt ? 1 : -1));
  for (const b of sorted) {
    const at = new Date(b.takenAt);
    if (b.reason === 'manual') keep.add(b.name);
    else if (PRE_CHANGE.has(b.reason)) {
      if (now.getTime() - at.getTime() <= 30 * DAY_MS) keep.add(b.name);
    } else {
      const day = localDay(at);
      const week = isoWeek(at);
      if (days.has(day) || weeks.has(week)) continue;
      if (days.size < 7) {
        days.add(day);
        keep.add(b.name);
      } else if (weeks.size < 4) {
        weeks.add(week);
        keep.add(b.name);
      }
    }
  }
  return keep;
}

/** Removes backups outside the rotation, and leftovers of interrupted backups. Never touches the store. */
export function rotateBackups(storePath: string, now = new Date()): void {
  const dir = backupsDir(storePath);
  const backups = listBackups(storePath);
  const keep = backupsToKeep(backups, now);
  for (const b of backups) if (!keep.has(b.name)) unlinkSync(b.file);
  const own = `${prefix(storePath)}-`;
  for (const name of readdirSync(dir)) {
    if (name.startsWith(own) && name.endsWith('.sqlite.partial') && now.getTime() - statSync(join(dir, name)).mtimeMs > 60_000)
      unlinkSync(join(dir, name));
  }
}

/** Whether today's (local day) daily backup is still to be taken. */
export function dailyBackupDue(storePath: string, now = new Date()): boolean {
  const today = localDay(now);
  return !listBackups(storePath).some((b) => b.reason === 'daily' && localDay(new Date(b.takenAt)) === today);
}
