import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * A function of fixed identity that runs the latest `fn`: a memoised child can take handlers that read
 * fresh state without rendering again whenever its parent does. Only for event handlers, not for render.
 */
export function useEventCallback<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const latest = useRef(fn);
  useLayoutEffect(() => {
    latest.current = fn;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}
