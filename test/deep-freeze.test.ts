// Values shared between calls are frozen all the way down.
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../shared/domain/deep-freeze.ts';

describe('deepFreeze', () => {
  it('freezes nested objects and arrays and returns the same value', () => {
    const value = { a: { b: [1, { c: 'x' }] }, d: null, e: 'text' };
    expect(deepFreeze(value)).toBe(value);
    expect(Object.isFrozen(value.a.b)).toBe(true);
    expect(Object.isFrozen(value.a.b[1])).toBe(true);
    expect(() => (value.a.b as unknown[]).push(2)).toThrow(TypeError);
  });

  it('passes primitives through', () => {
    expect(deepFreeze(3)).toBe(3);
    expect(deepFreeze(null)).toBe(null);
  });
});
