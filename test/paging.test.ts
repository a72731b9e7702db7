import { describe, expect, it } from 'vitest';
import { emptyCache, invalidated, pagesOf, pagesToFetch, rowAt, withPage, type PageCache } from '../shared/api/paging.ts';

const SIZE = 10;
const rows = (page: number, n = SIZE) => Array.from({ length: n }, (_, i) => `r${page * SIZE + i}`);
const answer = (page: number, total = 95, key = 'k') => ({ key, page, rows: rows(page, Math.min(SIZE, total - page * SIZE)), total });
const view = (start: number, end: number) => ({ start, end });

describe('paging a long list', () => {
  it('finds the pages a range of rows needs, within the total', () => {
    expect(pagesOf(view(0, 5), 95, SIZE)).toEqual([0]);
    expect(pagesOf(view(8, 21), 95, SIZE)).toEqual([0, 1, 2]);
    expect(pagesOf(view(10, 20), 95, SIZE)).toEqual([1]);
    expect(pagesOf(view(85, 120), 95, SIZE)).toEqual([8, 9]);
    expect(pagesOf(view(-5, 3), 95, SIZE)).toEqual([0]);
    expect(pagesOf(view(0, 20), 0, SIZE)).toEqual([]);
  });

  it('asks only for pages not read and not already asked for', () => {
    let cache: PageCache<string> = withPage(emptyCache('k'), answer(0), view(0, 10), 40, SIZE);
    expect(pagesToFetch(cache, view(0, 35), new Set([2]), SIZE)).toEqual([1, 3]);
    cache = withPage(cache, answer(1), view(0, 35), 40, SIZE);
    expect(pagesToFetch(cache, view(0, 35), new Set(), SIZE)).toEqual([2, 3]);
  });

  it('answers rows by index across pages, and nothing for pages not read', () => {
    const cache = withPage(withPage(emptyCache<string>('k'), answer(0), view(0, 10), 40, SIZE), answer(9), view(90, 95), 40, SIZE);
    expect(rowAt(cache, 0, SIZE)).toBe('r0');
    expect(rowAt(cache, 94, SIZE)).toBe('r94');
    expect(rowAt(cache, 50, SIZE)).toBeUndefined();
    expect(cache.total).toBe(95);
  });

  it('starts over when an answer is for other filters', () => {
    const old = withPage(withPage(emptyCache<string>('k'), answer(0), view(0, 10), 40, SIZE), answer(1), view(0, 20), 40, SIZE);
    const next = withPage(old, answer(0, 12, 'q=王'), view(0, 20), 40, SIZE);
    expect(next.key).toBe('q=王');
    expect([...next.pages.keys()]).toEqual([0]);
    expect(next.total).toBe(12);
    expect(rowAt(next, 15, SIZE)).toBeUndefined();
  });

  it('keeps at most the given number of pages, dropping those farthest from the view', () => {
    let cache = emptyCache<string>('k');
    for (const p of [0, 1, 2, 3, 4, 5]) cache = withPage(cache, answer(p), view(p * SIZE, p * SIZE + SIZE), 3, SIZE);
    expect([...cache.pages.keys()].sort()).toEqual([3, 4, 5]);
    expect(pagesToFetch(cache, view(0, 10), new Set(), SIZE)).toEqual([0]);
    // scrolled back to the top: the bottom pages go first
    cache = withPage(cache, answer(0), view(0, 10), 3, SIZE);
    expect([...cache.pages.keys()].sort()).toEqual([0, 3, 4]);
  });

  it('after a write shows the stale rows and reads every page in view again', () => {
    const cache = invalidated(withPage(withPage(emptyCache<string>('k'), answer(0), view(0, 10), 40, SIZE), answer(1), view(0, 20), 40, SIZE));
    expect(rowAt(cache, 12, SIZE)).toBe('r12');
    expect(pagesToFetch(cache, view(5, 15), new Set(), SIZE)).toEqual([0, 1]);
  });

  it('treats other pages as stale when the total changed', () => {
    let cache = withPage(withPage(emptyCache<string>('k'), answer(0), view(0, 10), 40, SIZE), answer(1), view(0, 20), 40, SIZE);
    cache = withPage(cache, answer(0, 94), view(0, 20), 40, SIZE);
    expect(cache.total).toBe(94);
    expect(pagesToFetch(cache, view(0, 20), new Set(), SIZE)).toEqual([1]);
  });
});
