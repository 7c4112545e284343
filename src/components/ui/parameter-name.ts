import type { NetworkSpec } from '../../core/types';
import type { ParameterRef } from '../../store/parameter-ref';

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';

/** Digits as Unicode subscripts: 12 → ₁₂. */
export function subscript(value: number): string {
  return String(value).replace(/\d/g, (digit) => SUBSCRIPTS[Number(digit)] ?? digit);
}

/**
 * The lesson's name of a parameter. In the 2–2–1 net: hidden weights w₁₁ … w₂₂ (wᵢⱼ multiplies
 * input j into hidden unit i), hidden biases b₁ b₂, output weights v₁ v₂ and output bias c.
 * Deeper nets number layers: w⁽ˡ⁾ᵢⱼ and b⁽ˡ⁾ᵢ.
 */
export function parameterName(spec: NetworkSpec, ref: ParameterRef): string {
  const lessonShape = spec.layers.length === 2 && spec.layers[1]?.size === 1;
  const row = ref.row + 1;
  const column = ref.column + 1;
  if (lessonShape && ref.layer === 1) return ref.kind === 'weight' ? `v${subscript(column)}` : 'c';
  if (lessonShape || spec.layers.length === 1) {
    return ref.kind === 'weight' ? `w${subscript(row)}${subscript(column)}` : `b${subscript(row)}`;
  }
  const layer = `⁽${String(ref.layer + 1)}⁾`;
  return ref.kind === 'weight'
    ? `w${layer}${subscript(row)}${subscript(column)}`
    : `b${layer}${subscript(row)}`;
}
