/**
 * Reading fixtures and results by index under noUncheckedIndexedAccess: `at` fails the test with
 * a clear message when the entry the test relies on is missing, instead of computing on undefined.
 */

/** items[index], throwing when there is no such entry. */
export function at<T>(items: ArrayLike<T>, index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`no entry ${index} among ${items.length}`);
  return item;
}
