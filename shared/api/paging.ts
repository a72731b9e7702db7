// Long lists read from the backend a page at a time, as the user scrolls: which pages a visible range
// needs, which of them to ask for, and the rows kept (a bounded number of pages around the view).

/** Rows per request; a 900-pixel window shows about twenty. */
export const PAGE_SIZE = 200;
/** Pages kept in memory; the farthest from the view are dropped beyond this. */
export const MAX_CACHED_PAGES = 40;

export interface PageCache<T> {
  /** The list's filters and sort, as one string: pages of another key are never mixed in. */
  key: string;
  /** Rows matching the filters, as the latest page reported. */
  total: number;
  pages: ReadonlyMap<number, readonly T[]>;
  /** Pages read since the last write; the others are shown until their fresh copy arrives. */
  fresh: ReadonlySet<number>;
}

/** Rows [start, end) (end exclusive): the half-open range of indexes on screen. */
export interface RowRange {
  start: number;
  end: number;
}

export const emptyCache = <T>(key: string): PageCache<T> => ({ key, total: 0, pages: new Map(), fresh: new Set() });

/** The pages holding rows [start, end), within the list's total. */
export function pagesOf(range: RowRange, total: number, size = PAGE_SIZE): number[] {
  const start = Math.max(0, range.start);
  const end = Math.min(range.end, total);
  if (end <= start) return [];
  const pages: number[] = [];
  for (let p = Math.floor(start / size); p <= Math.floor((end - 1) / size); p++) pages.push(p);
  return pages;
}

/** Pages of the range to ask for: not read fresh yet and not already asked for. */
export function pagesToFetch<T>(cache: PageCache<T>, range: RowRange, inFlight: ReadonlySet<number>, size = PAGE_SIZE): number[] {
  return pagesOf(range, cache.total, size).filter((p) => !cache.fresh.has(p) && !inFlight.has(p));
}

export function rowAt<T>(cache: PageCache<T>, index: number, size = PAGE_SIZE): T | undefined {
  return cache.pages.get(Math.floor(index / size))?.[index % size];
}

/**
 * The cache with one page's answer. An answer for another key starts a new cache (the filters changed).
 * Beyond `max` pages, the ones farthest from `view` are dropped.
 */
export function withPage<T>(
  cache: PageCache<T>,
  answer: { key: string; page: number; rows: readonly T[]; total: number },
  view: RowRange,
  max = MAX_CACHED_PAGES,
  size = PAGE_SIZE,
): PageCache<T> {
  const base = answer.key === cache.key ? cache : emptyCache<T>(answer.key);
  const pages = new Map(base.pages).set(answer.page, answer.rows);
  const fresh = new Set(base.fresh).add(answer.page);
  // A changed total (someone added or removed rows) shifts every page: the others are no longer fresh.
  if (answer.key === cache.key && answer.total !== cache.total) for (const p of fresh) if (p !== answer.page) fresh.delete(p);
  if (pages.size > max) {
    const centre = Math.floor((view.start + view.end) / 2 / size);
    const farthest = [...pages.keys()].sort((a, b) => Math.abs(b - centre) - Math.abs(a - centre));
    for (const p of farthest.slice(0, pages.size - max)) {
      pages.delete(p);
      fresh.delete(p);
    }
  }
  return { key: answer.key, total: answer.total, pages, fresh };
}

/** After a write: every page is stale (still shown) until read again. */
export const invalidated = <T>(cache: PageCache<T>): PageCache<T> => ({ ...cache, fresh: new Set() });
