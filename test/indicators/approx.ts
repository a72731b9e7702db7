// Compares an answer with an expected JSON value: every field the expected value names must be there,
// numbers equal to 1e-9, arrays of the same length in the same order. Extra fields in the answer are
// allowed only where `strict` is false.
import { expect } from 'vitest';

export function expectClose(actual: unknown, expected: unknown, path = '$', strict = false): void {
  if (typeof expected === 'number') {
    expect(typeof actual, `${path} should be a number`).toBe('number');
    expect(Math.abs((actual as number) - expected), `${path}: ${String(actual)} vs ${expected}`).toBeLessThanOrEqual(1e-9);
    return;
  }
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual), `${path} should be an array`).toBe(true);
    expect((actual as unknown[]).length, `${path} length`).toBe(expected.length);
    expected.forEach((e, i) => expectClose((actual as unknown[])[i], e, `${path}[${i}]`, strict));
    return;
  }
  if (expected && typeof expected === 'object') {
    expect(actual && typeof actual === 'object', `${path} should be an object`).toBeTruthy();
    const a = actual as Record<string, unknown>;
    for (const [key, value] of Object.entries(expected)) {
      expect(Object.hasOwn(a, key), `${path}.${key} is missing`).toBe(true);
      expectClose(a[key], value, `${path}.${key}`, strict);
    }
    if (strict) expect(Object.keys(a).sort(), `${path} keys`).toEqual(Object.keys(expected).sort());
    return;
  }
  expect(actual, path).toEqual(expected);
}
