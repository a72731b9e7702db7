import { Box } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import type { RowRange } from '../../../shared/api/paging.ts';
import { SortHeader } from './SortHeader.tsx';
import classes from './VirtualTable.module.css';

export interface Column<T> {
  key: string;
  header: string;
  /** A CSS grid track, e.g. '120px' or 'minmax(0, 2fr)'; default 'minmax(0, 1fr)'. */
  width?: string;
  align?: 'left' | 'right' | 'center';
  /** The list can be ordered by this column (its header becomes a sort button). */
  sortable?: boolean;
  render(row: T): ReactNode;
}

/** Rows read a page at a time (renderer/src/api/use-paged-list.ts): a row is undefined until its page arrives. */
export interface PagedRows<T> {
  count: number;
  rowAt(index: number): T | undefined;
  /** Told which rows are on screen, so their pages are read. */
  show(range: RowRange): void;
}

export interface Sort {
  key: string;
  desc: boolean;
}

const ROW_HEIGHT = 40;

/**
 * A table that renders only the rows in view, so tens of thousands stay smooth: from an array, or from a
 * paged source (rows not yet read show as grey placeholders). Rows are focusable: Tab reaches the list,
 * arrows/Home/End/PageUp/PageDown move, Enter opens the row. Sortable columns' headers are buttons.
 */
export function VirtualTable<T>({
  rows,
  columns,
  onOpen,
  label,
  sort,
  onSort,
  resetKey,
  bottomSpace = 48,
}: {
  rows: T[] | PagedRows<T>;
  columns: Column<T>[];
  onOpen?: (row: T) => void;
  label: string;
  sort?: Sort;
  onSort?: (key: string) => void;
  /** When this changes (other filters or order), the list scrolls back to its first row. */
  resetKey?: string;
  /** Pixels to leave below the table (for a count line); the table takes the rest of the window's height. */
  bottomSpace?: number;
}) {
  const paged = Array.isArray(rows) ? undefined : rows;
  const count = paged ? paged.count : (rows as T[]).length;
  const rowAt = (index: number) => (paged ? paged.rowAt(index) : (rows as T[])[index]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const [available, setAvailable] = useState(400);
  useLayoutEffect(() => {
    const measure = () => {
      const top = scrollRef.current?.getBoundingClientRect().top ?? 0;
      setAvailable(Math.max(240, window.innerHeight - top - bottomSpace));
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [bottomSpace]);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? -1;
  const show = paged?.show;
  useEffect(() => show?.({ start: first, end: last + 1 }), [show, first, last]);
  useEffect(() => {
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
    setActive(0);
  }, [resetKey]);
  const template = columns.map((c) => c.width ?? 'minmax(0, 1fr)').join(' ');
  const current = Math.min(active, Math.max(count - 1, 0));

  const focusRow = (index: number) => {
    const target = Math.max(0, Math.min(count - 1, index));
    setActive(target);
    const row = () => scrollRef.current?.querySelector<HTMLElement>(`[data-index="${target}"]`);
    virtualizer.scrollToIndex(target, { align: 'auto' });
    // A rendered row takes focus at once (a quick Enter then opens the right row); one scrolled into
    // view is rendered on the next frame.
    const now = row();
    if (now) now.focus();
    else requestAnimationFrame(() => row()?.focus());
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>, index: number) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page };
    const row = rowAt(index);
    if (event.key in moves) focusRow(index + moves[event.key]!);
    else if (event.key === 'Home') focusRow(0);
    else if (event.key === 'End') focusRow(count - 1);
    else if (event.key === 'Enter' && onOpen && row !== undefined) onOpen(row);
    else return;
    event.preventDefault();
  };

  return (
    // The columns are one custom property of the table, not a style of every row: scrolling restyles less.
    <Box className={classes.frame} role="table" aria-label={label} aria-rowcount={count} style={{ '--vt-columns': template } as CSSProperties}>
      <div className={classes.header} role="row">
        {columns.map((c) => (
          <div
            key={c.key}
            role="columnheader"
            className={classes.cell}
            style={{ textAlign: c.align ?? 'left' }}
            aria-sort={sort?.key === c.key ? (sort.desc ? 'descending' : 'ascending') : undefined}
          >
            {c.sortable && onSort ? <SortHeader label={c.header} direction={sort?.key === c.key ? (sort.desc ? 'desc' : 'asc') : null} onClick={() => onSort(c.key)} /> : c.header}
          </div>
        ))}
      </div>
      <div ref={scrollRef} className={classes.scroll} style={{ maxHeight: available, height: virtualizer.getTotalSize() }}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = rowAt(item.index);
            return (
              <div
                key={item.key}
                role="row"
                data-index={item.index}
                aria-rowindex={item.index + 1}
                aria-busy={row === undefined ? true : undefined}
                tabIndex={item.index === current ? 0 : -1}
                className={classes.row}
                data-clickable={onOpen && row !== undefined ? true : undefined}
                style={{ height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
                onClick={() => {
                  setActive(item.index);
                  if (row !== undefined) onOpen?.(row);
                }}
                onFocus={() => setActive(item.index)}
                onKeyDown={(e) => onKeyDown(e, item.index)}
              >
                {row === undefined ? (
                  // one grey bar across the row: a fast scroll passes many rows not read yet
                  <div role="cell" className={`${classes.cell} ${classes.placeholderCell}`}>
                    <span className={classes.placeholder} />
                  </div>
                ) : (
                  columns.map((c) => (
                    <div key={c.key} role="cell" className={classes.cell} style={{ textAlign: c.align ?? 'left' }}>
                      {c.render(row)}
                    </div>
                  ))
                )}
              </div>
            );
          })}
        </div>
      </div>
    </Box>
  );
}
