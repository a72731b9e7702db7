import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';

/**
 * A list's filters kept in the address (…?semester=2026S&main=1), so going back to the list restores them.
 * Setting a value to '' or null removes it.
 */
export function useSearchFilters<K extends string>(): [Partial<Record<K, string>>, (key: K, value: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(params.entries()) as Partial<Record<K, string>>;
  const set = useCallback(
    (key: K, value: string | null) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (value) next.set(key, value);
          else next.delete(key);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [values, set];
}

/** '1' / '0' / absent → true / false / undefined. */
export const flagParam = (value: string | undefined): boolean | undefined => (value === undefined ? undefined : value === '1');
