/**
 * Reading fixtures and results by index under noUncheckedIndexedAccess: these fail the test
 * with a clear message when the entry the test relies on is missing, instead of computing on
 * `undefined`.
 */

/** array[index], throwing when the array has no such entry. */
export function at<T>(array: ArrayLike<T>, index: number): T {
  const item = array[index];
  if (item === undefined) throw new Error(`no entry ${index} in an array of ${array.length}`);
  return item;
}
