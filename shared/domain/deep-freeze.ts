// Values shared between calls (kept until the data changes) are frozen all the way down: a caller that
// changed one would change every later answer.

/** Freezes the value and every object and array inside it; returns the same value. */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const inner of Object.values(value)) deepFreeze(inner);
  return value;
}
