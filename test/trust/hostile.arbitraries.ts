// Hostile values for property tests: wrong types, huge and special numbers, NaN-like strings, deep
// nesting, very long strings, prototype keys.
import fc from 'fast-check';

export const deep = (depth: number): unknown => {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
};

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom('NaN', 'Infinity', '-Infinity', '-0', '1e999', '0x10', '', ' ', '\u0000', '2026-02-30', '../../etc/passwd', "'; DROP TABLE trainees; --"),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, Number.MIN_VALUE, 2 ** 53, -1),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constantFrom('长'.repeat(100_000), 'x'.repeat(1_000_000)),
  fc.constantFrom(deep(64), deep(5_000)),
  fc.array(fc.anything(), { maxLength: 4 }),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}') as unknown),
  fc.anything(),
);

/** An object with the method's own keys (from its input schema) holding hostile values. */
export const wrongTypes = (keys: string[]): fc.Arbitrary<unknown> =>
  keys.length === 0
    ? fc.dictionary(fc.string({ maxLength: 6 }), hostileValue, { maxKeys: 3 })
    : fc.record(Object.fromEntries(keys.map((k) => [k, hostileValue])), { requiredKeys: [] });

/** Any payload a caller could send: anything at all, or the right shape with wrong contents. */
export const hostilePayload = (keys: string[]): fc.Arbitrary<unknown> =>
  fc.oneof(fc.anything(), fc.jsonValue(), hostileValue, wrongTypes(keys), wrongTypes(keys));
