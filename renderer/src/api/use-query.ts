import { useCallback, useEffect, useRef, useState } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract.ts';
import { api } from './client.ts';

export interface QueryState<T> {
  data: T | undefined;
  error: Error | undefined;
  /** True until the first answer for the current input arrives. */
  loading: boolean;
  refetch(): void;
}

/**
 * Reads one method's answer and reads it again when the input changes or after any write through the client.
 * The previous answer stays visible while a new one loads, so lists do not flash.
 */
export function useQuery<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
  options: { enabled?: boolean } = {},
): QueryState<MethodOutput<M>> {
  const enabled = options.enabled ?? true;
  const key = JSON.stringify(input);
  const [state, setState] = useState<{ key: string | undefined; data?: MethodOutput<M>; error?: Error }>({ key: undefined });
  const [tick, setTick] = useState(0);
  const latest = useRef(0);

  useEffect(() => api.onWrite(() => setTick((t) => t + 1)), []);

  useEffect(() => {
    if (!enabled) return;
    const ticket = ++latest.current;
    api.call(method, JSON.parse(key) as MethodInput<M>).then(
      (data) => ticket === latest.current && setState({ key, data }),
      (error: Error) => ticket === latest.current && setState((s) => ({ key, data: s.data, error })),
    );
  }, [method, key, tick, enabled]);

  const refetch = useCallback(() => setTick((t) => t + 1), []);
  return { data: state.data, error: state.error, loading: enabled && state.key !== key, refetch };
}
