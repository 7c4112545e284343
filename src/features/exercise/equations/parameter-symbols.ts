import type { ParameterRef } from '../../../core/network/parameter-ref';

/** The 2–2–1 parameter's role: hidden weight w_ij, hidden bias b_i, output weight v_i or output bias c. */
export type ParameterRole =
  | { kind: 'hiddenWeight'; unit: number; input: number }
  | { kind: 'hiddenBias'; unit: number }
  | { kind: 'outputWeight'; unit: number }
  | { kind: 'outputBias' };

/** What the ref names in the lesson's 2–2–1 net (indices 1-based); null outside it. */
export function parameterRole(ref: ParameterRef): ParameterRole | null {
  if (ref.layer === 0) {
    return ref.kind === 'weight'
      ? { kind: 'hiddenWeight', unit: ref.row + 1, input: ref.column + 1 }
      : { kind: 'hiddenBias', unit: ref.row + 1 };
  }
  if (ref.layer === 1 && ref.row === 0) {
    return ref.kind === 'weight'
      ? { kind: 'outputWeight', unit: ref.column + 1 }
      : { kind: 'outputBias' };
  }
  return null;
}

/** The parameter's TeX name: w_{12}, b_{1}, v_{1}, c. */
export function parameterTex(role: ParameterRole): string {
  switch (role.kind) {
    case 'hiddenWeight':
      return `w_{${role.unit}${role.input}}`;
    case 'hiddenBias':
      return `b_{${role.unit}}`;
    case 'outputWeight':
      return `v_{${role.unit}}`;
    case 'outputBias':
      return 'c';
  }
}
