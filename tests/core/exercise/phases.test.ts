import { describe, expect, it } from 'vitest';
import {
  phaseAfter,
  phasesPerIteration,
  revealedAt,
  type Phase,
} from '../../../src/core/exercise/phases';

describe('the phases of an iteration', () => {
  it.each([1, 2, 3, 7])('cycle forward, loss, backward and update for %i layers', (layers) => {
    let phase: Phase = { kind: 'ready' };
    const seen: Phase[] = [];
    for (let step = 0; step < phasesPerIteration(layers); step++) {
      phase = phaseAfter(phase, layers);
      seen.push(phase);
    }
    const expected: Phase[] = [
      ...Array.from({ length: layers }, (_, layer) => ({ kind: 'forward', layer }) as Phase),
      { kind: 'loss' },
      ...Array.from(
        { length: layers },
        (_, index) => ({ kind: 'backward', layer: layers - 1 - index }) as Phase,
      ),
      { kind: 'update' },
    ];
    expect(seen).toEqual(expected);
    expect(phaseAfter(phase, layers)).toEqual({ kind: 'forward', layer: 0 });
  });

  it('reveals forward values before the loss and gradients from the output down', () => {
    expect(revealedAt({ kind: 'ready' }, 2)).toEqual({
      forwardLayers: 0,
      loss: false,
      backwardFrom: 2,
      updated: false,
    });
    expect(revealedAt({ kind: 'forward', layer: 0 }, 2).forwardLayers).toBe(1);
    expect(revealedAt({ kind: 'loss' }, 2)).toEqual({
      forwardLayers: 2,
      loss: true,
      backwardFrom: 2,
      updated: false,
    });
    expect(revealedAt({ kind: 'backward', layer: 1 }, 2).backwardFrom).toBe(1);
    expect(revealedAt({ kind: 'update' }, 2)).toEqual({
      forwardLayers: 2,
      loss: true,
      backwardFrom: 0,
      updated: true,
    });
  });
});
