import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { emptyCache, invalidated, pagesToFetch, PAGE_SIZE, rowAt, withPage, type PageCache, type RowRange } from '../../../shared/api/paging.ts';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract.ts';
import type { PagedRows } from '../components/VirtualTable.tsx';
import { api } from './client.ts';

/** The list methods whose answer is `{ rows, total }` and whose input takes offset and limit. */
type ListMethod = { [M in MethodName]: MethodOutput<M> extends { rows: unknown[]; total: number } ? (M extends `${string}.list` ? M : never) : never }[MethodName];
type Row<M extends ListMethod> = MethodOutput<M>['rows'][number];

export interface PagedList<T> {
  /** Rows matching the filters (of the latest answer); undefined until the first answer. */
  total: number | undefined;
  /**
   * The rows as a VirtualTable reads them: a row is undefined while its page is being read, and the rows
   * on screen are told with `show` (their pages are read after a short pause while scrolling fast).
   */
  rows: PagedRows<T>;
  /** True until the first page for the current filters arrives (the previous rows stay shown meanwhile). */
  loading: boolean;
  error: Error | undefined;
  refetch(): void;
}

/** Scrolling pauses this long before pages are asked for, so a fast scroll does not read every page it passes. */
const SETTLE_MS = 40;

/**
 * A list read from the backend a page at a time (shared/api/paging.ts): the first page with the total at
 * once, the others as they scroll into view. Changing the filters starts over; after any write the pages
 * in view are read again (the old rows stay shown until then).
 */
export function usePagedList<M extends ListMethod>(method: M, filters: Omit<MethodInput<M>, 'offset' | 'limit'>): PagedList<Row<M>> {
  const key = JSON.stringify(filters);
  const [cache, setCache] = useState<PageCache<Row<M>>>(() => emptyCache(''));
  const [error, setError] = useState<Error>();
  // What the callbacks read without being recreated: the current filters, cache and rows on screen, and
  // the pages asked for (for these filters, since the latest write).
  const latest = useRef({ key, cache, view: { start: 0, end: PAGE_SIZE } as RowRange, asked: { key: '', writes: 0, pages: new Set<number>() }, writes: 0 });
  latest.current.key = key;
  latest.current.cache = cache;
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const fetchView = useCallback(() => {
    const now = latest.current;
    if (now.asked.key !== now.key || now.asked.writes !== now.writes) now.asked = { key: now.key, writes: now.writes, pages: new Set() };
    const asked = now.asked;
    // Until the first answer for these filters the total is unknown: the first page comes first.
    const pages = now.cache.key !== now.key ? (asked.pages.has(0) ? [] : [0]) : pagesToFetch(now.cache, now.view, asked.pages);
    for (const page of pages) {
      asked.pages.add(page);
      const input = { ...(JSON.parse(asked.key) as object), offset: page * PAGE_SIZE, limit: PAGE_SIZE } as MethodInput<M>;
      // An answer for other filters, or read before a later write, is dropped.
      const current = () => asked === latest.current.asked;
      api.call(method, input).then(
        (answer) => {
          asked.pages.delete(page);
          if (!current()) return;
          const { rows, total } = answer as { rows: Row<M>[]; total: number };
          setCache((c) => withPage(c, { key: asked.key, page, rows, total }, latest.current.view));
          setError(undefined);
        },
        (e: Error) => {
          asked.pages.delete(page);
          if (current()) setError(e);
        },
      );
    }
  }, [method]);

  useEffect(() => {
    latest.current.view = { start: 0, end: PAGE_SIZE };
    fetchView();
  }, [key, fetchView]);
  // Each answer may leave pages of the view to read (a changed total makes the others stale).
  useEffect(() => {
    if (cache.key === latest.current.key) fetchView();
  }, [cache, fetchView]);
  const reread = useCallback(() => {
    latest.current.writes++;
    setCache((c) => invalidated(c));
    fetchView();
  }, [fetchView]);
  useEffect(() => api.onWrite(reread), [reread]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const show = useCallback(
    (range: RowRange) => {
      latest.current.view = range;
      clearTimeout(timer.current);
      timer.current = setTimeout(fetchView, SETTLE_MS);
    },
    [fetchView],
  );
  const at = useCallback((index: number) => rowAt(cache, index), [cache]);
  const total = cache.key === '' ? undefined : cache.total;
  const rows = useMemo(() => ({ count: total ?? 0, rowAt: at, show }), [total, at, show]);
  return {
    total,
    rows,
    loading: cache.key !== key,
    error,
    refetch: reread,
  };
}
