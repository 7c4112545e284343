import type { VanishingRun } from '../model/vanishing';

/** One chart row: the step and, per layer, its norm (null where ≤ 0, which a log axis cannot show). */
export type NormRow = { step: number } & Record<string, number | null>;

/** The data key of layer `index` (0 = first hidden layer). */
export const layerKey = (index: number) => `layer${index}`;

/** Chart rows of one run, one per recorded step. */
export function normRows(run: VanishingRun): NormRow[] {
  return run.norms.map((norms, index) => {
    const row: NormRow = { step: index + 1 };
    norms.forEach((norm, layer) => {
      row[layerKey(layer)] = norm > 0 && Number.isFinite(norm) ? norm : null;
    });
    return row;
  });
}

/** A shared log domain [10^a, 10^b] covering every positive norm of the runs, so plots compare. */
export function logDomain(runs: readonly VanishingRun[]): [number, number] {
  let low = Infinity;
  let high = 0;
  for (const run of runs)
    for (const norms of run.norms)
      for (const norm of norms) {
        if (!(norm > 0) || !Number.isFinite(norm)) continue;
        low = Math.min(low, norm);
        high = Math.max(high, norm);
      }
  if (high === 0) return [1e-3, 1];
  const bottom = Math.floor(Math.log10(low));
  const top = Math.max(Math.ceil(Math.log10(high)), bottom + 1);
  return [10 ** bottom, 10 ** top];
}

/** Powers of ten from the domain's bottom to its top, at most about six of them. */
export function logTicks([low, high]: [number, number]): number[] {
  const bottom = Math.round(Math.log10(low));
  const top = Math.round(Math.log10(high));
  const stride = Math.max(1, Math.ceil((top - bottom) / 6));
  const ticks: number[] = [];
  for (let power = bottom; power <= top; power += stride) ticks.push(10 ** power);
  return ticks;
}

/** Colours (≥ 3:1 on white) and dash patterns, so layers differ by more than colour. */
const COLOURS = [1, 2, 3, 4, 5, 6, 7].map((layer) => `var(--lab-layer-${layer})`);
const DASHES = ['', '8 4', '2 3', '10 3 2 3', '4 4', '14 4', '1 2'];

/** The stroke of layer `index` of `count`; the output layer (last) is always solid dark grey. */
export function layerStyle(index: number, count: number): { colour: string; dash: string } {
  if (index === count - 1) return { colour: 'var(--lab-ink)', dash: '' };
  // a layer index is ≥ 0, so index % length is an index of these non-empty constant lists
  return { colour: COLOURS[index % COLOURS.length]!, dash: DASHES[index % DASHES.length]! };
}
