/**
 * `value`, failing the test when it is missing: for reading the trace and the layout by index
 * (with noUncheckedIndexedAccess) where the test expects the entry to exist.
 */
export function defined<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('Expected a value, got undefined (index out of range?)');
  return value;
}
