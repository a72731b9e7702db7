import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { EmptyHint } from './EmptyHint.tsx';
import { Loading } from './Loading.tsx';
import { QueryError } from './QueryError.tsx';
import { commonTexts } from './texts.ts';

type Hint = { title: string; description: ReactNode };

/**
 * A filtered list's body under its filter bar: the error, 正在读取 at first, an empty state (nothing matches
 * the filters, or nothing there yet, with the way to add), or the table with how many rows match. The list
 * is one answer (`shown` rows of it drawn) or read a page at a time (every matching row can be scrolled to).
 */
export function ListResult({
  total,
  shown = total,
  error,
  onRetry,
  filtered,
  icon,
  noMatch,
  noneYet,
  create,
  children,
}: {
  /** Rows matching the filters; undefined until the first answer. */
  total: number | undefined;
  shown?: number;
  error: Error | undefined;
  onRetry(): void;
  filtered: boolean;
  icon: ReactNode;
  noMatch: Hint;
  noneYet: Hint;
  create?: ReactNode;
  /** The table, drawn once there are rows. */
  children: ReactNode;
}) {
  let body: ReactNode = null;
  if (total === undefined) body = error ? null : <Loading />;
  else if (total === 0) body = filtered ? <EmptyHint icon={icon} {...noMatch} /> : <EmptyHint icon={icon} {...noneYet} actions={create} />;
  else
    body = (
      <>
        {children}
        <Text c="dimmed" size="sm" mt="xs" data-testid="row-count">
          {commonTexts.rows(shown ?? total, total)}
        </Text>
      </>
    );
  return (
    <>
      {error && <QueryError error={error} onRetry={onRetry} />}
      {body}
    </>
  );
}
