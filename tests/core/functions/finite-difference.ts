/** Central difference (f(x + h) − f(x − h))/2h, with h scaled to |x| so rounding stays small. */
export function centralDifference(f: (x: number) => number, x: number, step = 1e-6): number {
  const h = step * Math.max(1, Math.abs(x));
  return (f(x + h) - f(x - h)) / (2 * h);
}

/** |actual − expected| ≤ tolerance·max(1, |actual|, |expected|). */
export function nearlyEqual(actual: number, expected: number, tolerance = 1e-6): boolean {
  const scale = Math.max(1, Math.abs(actual), Math.abs(expected));
  return Math.abs(actual - expected) <= tolerance * scale;
}
