/** Which way gradient descent moves a parameter: the sign of −∂L/∂θ. */
export type GradientDirection = 'increase' | 'decrease' | 'none';

export function gradientDirection(gradient: number): GradientDirection {
  if (gradient < 0) return 'increase';
  if (gradient > 0) return 'decrease';
  return 'none';
}

/**
 * Arrow length range in viewBox units, and the |∂L/∂θ| range mapped onto it on a log scale:
 * |g| ≤ 10⁻⁵ draws the shortest arrow, |g| ≥ 1 the longest.
 */
export const ARROW = {
  minimumLength: 8,
  maximumLength: 28,
  floorExponent: -5,
  ceilingExponent: 0,
} as const;

/** Arrow length for ∂L/∂θ: log₁₀|g| mapped linearly onto the length range and clamped; 0 when g = 0. */
export function arrowLength(gradient: number): number {
  const magnitude = Math.abs(gradient);
  if (magnitude === 0 || Number.isNaN(magnitude)) return 0;
  const { minimumLength, maximumLength, floorExponent, ceilingExponent } = ARROW;
  const position = (Math.log10(magnitude) - floorExponent) / (ceilingExponent - floorExponent);
  const clamped = Math.min(1, Math.max(0, position));
  return minimumLength + clamped * (maximumLength - minimumLength);
}

/**
 * An SVG path for a vertical arrow of `length` centred on (x, y): pointing up when the update
 * increases the parameter, down when it decreases it; a short bar when it does not move.
 */
export function arrowPath(
  x: number,
  y: number,
  direction: GradientDirection,
  length: number,
): string {
  if (direction === 'none' || length === 0) return `M ${x - 4} ${y} H ${x + 4}`;
  const half = length / 2;
  const sign = direction === 'increase' ? -1 : 1;
  const tip = y + sign * half;
  const tail = y - sign * half;
  const head = Math.min(6, length / 2);
  return `M ${x} ${tail} V ${tip} M ${x - head} ${tip - sign * head} L ${x} ${tip} L ${x + head} ${tip - sign * head}`;
}
