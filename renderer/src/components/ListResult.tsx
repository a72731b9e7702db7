import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { QueryState } from '../api/use-query.ts';
import { EmptyHint } from './EmptyHint.tsx';
import { Loading } from './Loading.tsx';
import { QueryError } from './QueryError.tsx';
import { commonTexts } from './texts.ts';

type Hint = { title: string; description: ReactNode };

/**
 * A filtered list's body under its filter bar: the error, 正在读取 at first, an empty state (nothing matches
 * the filters, or nothing there yet, with the way to add), or the table with how many rows it shows.
 */
export function ListResult<Row>({
  list: { data, error, loading, refetch },
  filtered,
  icon,
  noMatch,
  noneYet,
  create,
  children,
}: {
  list: QueryState<{ rows: Row[]; total: number }>;
  filtered: boolean;
  icon: ReactNode;
  noMatch: Hint;
  noneYet: Hint;
  create?: ReactNode;
  children: (rows: Row[]) => ReactNode;
}) {
  let body: ReactNode = null;
  if (loading && !data) body = <Loading />;
  else if (data?.rows.length === 0) body = filtered ? <EmptyHint icon={icon} {...noMatch} /> : <EmptyHint icon={icon} {...noneYet} actions={create} />;
  else if (data)
    body = (
      <>
        {children(data.rows)}
        <Text c="dimmed" size="sm" mt="xs" data-testid="row-count">
          {commonTexts.rows(data.rows.length, data.total)}
        </Text>
      </>
    );
  return (
    <>
      {error && <QueryError error={error} onRetry={refetch} />}
      {body}
    </>
  );
}
