import { Box } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import classes from './VirtualTable.module.css';

export interface Column<T> {
  key: string;
  header: string;
  /** A CSS grid track, e.g. '120px' or 'minmax(0, 2fr)'; default 'minmax(0, 1fr)'. */
  width?: string;
  align?: 'left' | 'right' | 'center';
  render(row: T): ReactNode;
}

const ROW_HEIGHT = 40;

/**
 * A table that renders only the rows in view, so tens of thousands stay smooth. Rows are focusable:
 * Tab reaches the list, arrows/Home/End/PageUp/PageDown move, Enter opens the row.
 */
export function VirtualTable<T>({
  rows,
  columns,
  rowKey,
  onOpen,
  label,
  bottomSpace = 48,
}: {
  rows: T[];
  columns: Column<T>[];
  rowKey: (row: T) => string;
  onOpen?: (row: T) => void;
  label: string;
  /** Pixels to leave below the table (for a count line); the table takes the rest of the window's height. */
  bottomSpace?: number;
}) {
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
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const template = columns.map((c) => c.width ?? 'minmax(0, 1fr)').join(' ');
  const current = Math.min(active, Math.max(rows.length - 1, 0));

  const focusRow = (index: number) => {
    const target = Math.max(0, Math.min(rows.length - 1, index));
    setActive(target);
    const row = () => scrollRef.current?.querySelector<HTMLElement>(`[data-index="${target}"]`);
    virtualizer.scrollToIndex(target, { align: 'auto' });
    // A rendered row takes focus at once (a quick Enter then opens the right row); one scrolled into
    // view is rendered on the next frame.
    const now = row();
    if (now) now.focus();
    else requestAnimationFrame(() => row()?.focus());
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>, index: number, row: T) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page };
    if (event.key in moves) focusRow(index + moves[event.key]!);
    else if (event.key === 'Home') focusRow(0);
    else if (event.key === 'End') focusRow(rows.length - 1);
    else if (event.key === 'Enter' && onOpen) onOpen(row);
    else return;
    event.preventDefault();
  };

  return (
    <Box className={classes.frame} role="table" aria-label={label} aria-rowcount={rows.length}>
      <div className={classes.header} role="row" style={{ gridTemplateColumns: template }}>
        {columns.map((c) => (
          <div key={c.key} role="columnheader" className={classes.cell} style={{ textAlign: c.align ?? 'left' }}>
            {c.header}
          </div>
        ))}
      </div>
      <div ref={scrollRef} className={classes.scroll} style={{ maxHeight: available, height: virtualizer.getTotalSize() }}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            return (
              <div
                key={rowKey(row)}
                role="row"
                data-index={item.index}
                aria-rowindex={item.index + 1}
                tabIndex={item.index === current ? 0 : -1}
                className={classes.row}
                data-clickable={onOpen ? true : undefined}
                style={{ gridTemplateColumns: template, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
                onClick={() => {
                  setActive(item.index);
                  onOpen?.(row);
                }}
                onFocus={() => setActive(item.index)}
                onKeyDown={(e) => onKeyDown(e, item.index, row)}
              >
                {columns.map((c) => (
                  <div key={c.key} role="cell" className={classes.cell} style={{ textAlign: c.align ?? 'left' }}>
                    {c.render(row)}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </Box>
  );
}
