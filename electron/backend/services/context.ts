import type { Store } from '../store/connection.ts';

/** What every service function receives: the open store. */
export type Ctx = Store;

export const flag = (value: boolean): number => (value ? 1 : 0);
export const like = (q: string): string => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
