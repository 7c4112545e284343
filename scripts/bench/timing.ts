import { performance } from 'node:perf_hooks';

/** Steps per second of `run(n)` (which performs n steps): warm-up, then the median of timed windows. */
export function stepsPerSecond(
  run: (steps: number) => void,
  { warmupMs = 300, windowMs = 250, windows = 5 } = {},
): number {
  // calibrate a chunk that takes about 2 ms, so reading the clock costs nothing
  let chunk = 1;
  let started = performance.now();
  while (performance.now() - started < warmupMs) {
    const before = performance.now();
    run(chunk);
    if (performance.now() - before < 2) chunk *= 2;
  }
  const rates: number[] = [];
  for (let window = 0; window < windows; window++) {
    let steps = 0;
    started = performance.now();
    let elapsed = 0;
    while (elapsed < windowMs) {
      run(chunk);
      steps += chunk;
      elapsed = performance.now() - started;
    }
    rates.push((steps * 1000) / elapsed);
  }
  rates.sort((first, second) => first - second);
  return rates[Math.floor(rates.length / 2)]!;
}
