import { describe, expect, it } from 'vitest';
import { OccurrenceCounter } from '../../shared/exchange/occurrences.ts';

describe('OccurrenceCounter', () => {
  it('counts each key apart, also after growing far past its first size', () => {
    const counter = new OccurrenceCounter();
    const keys = Array.from({ length: 50_000 }, (_, i) => `T${i % 20_000}|2026-03-0${i % 9}|concentrated|3|`);
    const expected = new Map<string, number>();
    for (const key of keys) {
      const n = expected.get(key) ?? 0;
      expect(counter.next(key)).toBe(n);
      expected.set(key, n + 1);
    }
  });
});
