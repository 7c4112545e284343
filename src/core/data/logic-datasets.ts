import type { Example } from '../types';

/** The lesson's single example: x₁ = 1.0, x₂ = 0.5, target y = 1. */
export const LESSON_EXAMPLE: Readonly<Example> = Object.freeze({
  input: [1.0, 0.5],
  target: [1],
});

/** The four binary inputs, in the order (0,0), (0,1), (1,0), (1,1). */
const BINARY_INPUTS = [
  [0, 0],
  [0, 1],
  [1, 0],
  [1, 1],
] as const;

/** The four binary points labelled by a truth table: target = rule(x₁, x₂) ∈ {0, 1}. */
function truthTable(rule: (first: boolean, second: boolean) => boolean): Example[] {
  return BINARY_INPUTS.map(([first, second]) => ({
    input: [first, second],
    target: [rule(first === 1, second === 1) ? 1 : 0],
  }));
}

/** The lesson's example as a fresh copy. */
export function lessonExamples(): Example[] {
  return [{ input: [...LESSON_EXAMPLE.input], target: [...LESSON_EXAMPLE.target] }];
}

/** x₁ AND x₂: linearly separable. */
export function andExamples(): Example[] {
  return truthTable((first, second) => first && second);
}

/** x₁ OR x₂: linearly separable. */
export function orExamples(): Example[] {
  return truthTable((first, second) => first || second);
}

/** x₁ XOR x₂: not linearly separable, so it needs a hidden layer. */
export function xorExamples(): Example[] {
  return truthTable((first, second) => first !== second);
}
