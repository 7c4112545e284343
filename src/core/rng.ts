/** A seeded pseudo-random generator: every call returns a number uniform in [0, 1). */
export type Rng = () => number;

/**
 * Mulberry32: a 32-bit generator with a period of 2^32, good enough for initial weights,
 * shuffling and dropout masks, and identical on every JavaScript engine.
 */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A uniform draw in [low, high). */
export function uniform(rng: Rng, low: number, high: number): number {
  return low + (high - low) * rng();
}

/** A standard normal draw (Box–Muller); uses two uniforms. */
export function normal(rng: Rng): number {
  const u = 1 - rng(); // in (0, 1], so log(u) is finite
  const v = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
