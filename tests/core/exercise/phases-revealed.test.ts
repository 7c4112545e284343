import { describe, expect, it } from 'vitest';
import { revealedAt } from '../../../src/core/exercise/phases';

describe('what each phase reveals', () => {
  it('during the forward pass: the layers computed so far, no loss, no gradient, no update', () => {
    expect(revealedAt({ kind: 'forward', layer: 1 }, 3)).toEqual({
      forwardLayers: 2,
      loss: false,
      backwardFrom: 3,
      updated: false,
    });
  });

  it('during the backward pass: everything forward, the loss, gradients from the layer up', () => {
    expect(revealedAt({ kind: 'backward', layer: 1 }, 3)).toEqual({
      forwardLayers: 3,
      loss: true,
      backwardFrom: 1,
      updated: false,
    });
    expect(revealedAt({ kind: 'backward', layer: 0 }, 3).updated).toBe(false);
  });
});
