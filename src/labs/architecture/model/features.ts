/** The input features a learner can feed the network, each a function of the point (x₁, x₂). */
export const FEATURES = ['x1', 'x2', 'x1Squared', 'x2Squared', 'x1x2', 'sinX1', 'sinX2'] as const;
export type FeatureName = (typeof FEATURES)[number];

/** φ(x₁, x₂) for each feature: the network's input vector is [φ(x) for each chosen φ]. */
export const FEATURE_FUNCTIONS: Readonly<Record<FeatureName, (x1: number, x2: number) => number>> =
  {
    x1: (x1) => x1,
    x2: (_x1, x2) => x2,
    x1Squared: (x1) => x1 * x1,
    x2Squared: (_x1, x2) => x2 * x2,
    x1x2: (x1, x2) => x1 * x2,
    sinX1: (x1) => Math.sin(x1),
    sinX2: (_x1, x2) => Math.sin(x2),
  };

/** The plain network of the lesson: the coordinates themselves. */
export const DEFAULT_FEATURES: readonly FeatureName[] = ['x1', 'x2'];

/**
 * Writes [φ₁(x₁, x₂), …, φₖ(x₁, x₂)] for the chosen features, in FEATURES order, into `out`
 * (length ≥ k) and returns it; allocates nothing.
 */
export function writeFeatures(
  features: readonly FeatureName[],
  x1: number,
  x2: number,
  out: Float64Array | number[],
): Float64Array | number[] {
  // index < features.length ≤ out.length (the caller's contract)
  for (let index = 0; index < features.length; index++) {
    out[index] = FEATURE_FUNCTIONS[features[index]!](x1, x2);
  }
  return out;
}

/** The input vector the network sees for the point (x₁, x₂). */
export function featureVector(features: readonly FeatureName[], x1: number, x2: number): number[] {
  return writeFeatures(features, x1, x2, new Array<number>(features.length)) as number[];
}

/** The chosen features in FEATURES order, so a feature's input index does not depend on click order. */
export function orderFeatures(features: readonly FeatureName[]): FeatureName[] {
  return FEATURES.filter((feature) => features.includes(feature));
}

/**
 * `feature` switched on or off; the last feature on stays on, since a network needs an input.
 * Returns the same array when nothing changes.
 */
export function toggleFeature(
  features: readonly FeatureName[],
  feature: FeatureName,
): readonly FeatureName[] {
  if (!features.includes(feature)) return orderFeatures([...features, feature]);
  if (features.length === 1) return features;
  return features.filter((name) => name !== feature);
}
