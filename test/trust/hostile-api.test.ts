// Hostile input at every contract method: random and malformed payloads answer a clear error (never an
// internal one, never a throw) or a valid answer, and a rejected write leaves the store unchanged.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract, METHOD_NAMES } from '../../shared/api/contract.ts';
import { readFixture, tempBackend } from '../helpers.ts';
import { storeDigest } from './digest.ts';
import { hostilePayload } from './hostile.arbitraries.ts';

export const RUNS_PER_METHOD = 60;

const backend = tempBackend();
beforeAll(async () => {
  await backend.ready;
  await backend.invoke('exchange.import', { document: readFixture('provincial-small.json') });
});
afterAll(() => backend.dispose());

const inputKeys = (schema: z.ZodType): string[] => (schema instanceof z.ZodObject ? Object.keys(schema.shape) : []);

describe.each(METHOD_NAMES)('%s', (method) => {
  it('answers hostile payloads with a clear error or a valid answer', async () => {
    const spec = contract[method];
    await fc.assert(
      fc.asyncProperty(hostilePayload(inputKeys(spec.input)), async (payload) => {
        const signIn = method === 'auth.login';
        const before = spec.writes ? storeDigest(backend.store.sqlite, signIn) : '';
        const result = await backend.call(method, payload);
        if (result.ok) {
          expect(spec.output.safeParse(result.value).success).toBe(true);
          return;
        }
        expect(result.error.code).not.toBe('INTERNAL');
        // a refusal names the problem, rather than passing on SQLite's own constraint message
        expect(result.error.message).not.toMatch(/constraint failed/i);
        expect(result.error.message).toMatch(/[\u4e00-\u9fff]/);
        if (spec.writes) expect(storeDigest(backend.store.sqlite, signIn)).toBe(before);
      }),
      { numRuns: RUNS_PER_METHOD },
    );
  });
});
