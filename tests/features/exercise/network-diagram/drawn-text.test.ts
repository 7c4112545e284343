// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  nameWithDrawnText,
  neuronTexts,
  parameterTexts,
} from '../../../../src/features/exercise/network-diagram/drawn-text';
import { formatValue } from '../../../../src/ui/format';

/** The drawing's format in pt-BR: 1 to 3 significant figures, comma, U+2212 minus. */
const short = (value: number) => formatValue(value, 'pt-BR', 3, 1);

describe('parameterTexts', () => {
  it('writes "name = value", then ∂L/∂θ when the gradients are shown, then "→ new value"', () => {
    const values = { value: -0.70491, gradient: 0.0123456, updated: -0.7061 };
    expect(parameterTexts('w₂₁', values, true, short)).toEqual({
      value: 'w₂₁ = −0,705',
      gradient: '0,0123',
      updated: '→ −0,706',
    });
    expect(parameterTexts('w₂₁', values, false, short)).toEqual({
      value: 'w₂₁ = −0,705',
      updated: '→ −0,706',
    });
    expect(parameterTexts('c', { value: 0.5 }, true, short)).toEqual({ value: 'c = 0,5' });
  });
});

describe('neuronTexts', () => {
  const names = { z: 'z₁', a: 'a₁' };
  it('writes "?" until the forward pass has computed the neuron', () => {
    expect(neuronTexts('sigmoid', names, { dead: false }, short, 'inativo')).toEqual({
      activation: 'σ',
      z: 'z₁ = ?',
      a: 'a₁ = ?',
    });
  });

  it('names a dead ReLU unit beside its activation', () => {
    expect(neuronTexts('relu', names, { z: -1.25, a: 0, dead: true }, short, 'inativo')).toEqual({
      activation: 'ReLU · inativo',
      z: 'z₁ = −1,25',
      a: 'a₁ = 0',
    });
  });
});

describe('nameWithDrawnText', () => {
  it('starts with the texts drawn, in order and one space apart, then the description', () => {
    expect(
      nameWithDrawnText(
        ['w₁₁ = 0,412', undefined, '→ 0,418'],
        'Peso w₁₁ = 0,4124, novo valor 0,4181',
      ),
    ).toBe('w₁₁ = 0,412 → 0,418 — Peso w₁₁ = 0,4124, novo valor 0,4181');
  });

  it('is the description alone when nothing is drawn', () => {
    expect(nameWithDrawnText([undefined, ''], 'Peso w₁₁ = 0,4124')).toBe('Peso w₁₁ = 0,4124');
  });
});
