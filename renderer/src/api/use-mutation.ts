import { useCallback, useState } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract.ts';
import { api } from './client.ts';

/** A write: `run` calls the method (queries refresh after it succeeds) and rethrows its ApiError. */
export function useMutation<M extends MethodName>(method: M) {
  const [pending, setPending] = useState(false);
  const run = useCallback(
    async (input: MethodInput<M>): Promise<MethodOutput<M>> => {
      setPending(true);
      try {
        return await api.call(method, input);
      } finally {
        setPending(false);
      }
    },
    [method],
  );
  return { run, pending };
}
