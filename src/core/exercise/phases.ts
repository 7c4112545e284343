/**
 * The phases of one backpropagation iteration, in the order the algorithm computes them:
 * forward through each layer, the loss, backward through each layer (output first), the update.
 * `layer` is a 0-based index into NetworkSpec.layers.
 */
export type Phase =
  | { kind: 'ready' }
  | { kind: 'forward'; layer: number }
  | { kind: 'loss' }
  | { kind: 'backward'; layer: number }
  | { kind: 'update' };

/** The phase after `phase` in a network of `layerCount` layers; after 'update' a new iteration begins. */
export function phaseAfter(phase: Phase, layerCount: number): Phase {
  switch (phase.kind) {
    case 'ready':
      return { kind: 'forward', layer: 0 };
    case 'forward':
      return phase.layer + 1 < layerCount
        ? { kind: 'forward', layer: phase.layer + 1 }
        : { kind: 'loss' };
    case 'loss':
      return { kind: 'backward', layer: layerCount - 1 };
    case 'backward':
      return phase.layer > 0 ? { kind: 'backward', layer: phase.layer - 1 } : { kind: 'update' };
    case 'update':
      return { kind: 'forward', layer: 0 };
  }
}

/** The number of phases of one iteration: L forward, the loss, L backward, the update. */
export function phasesPerIteration(layerCount: number): number {
  return 2 * layerCount + 2;
}

/** What the learner can see at `phase`: which layers' forward and backward values are known. */
export interface Revealed {
  /** Layers whose z and a are computed. */
  forwardLayers: number;
  loss: boolean;
  /** Lowest layer index whose ∂L/∂z, ∂L/∂W, ∂L/∂b are computed (layerCount when none). */
  backwardFrom: number;
  updated: boolean;
}

/** Which quantities are known at `phase`. */
export function revealedAt(phase: Phase, layerCount: number): Revealed {
  switch (phase.kind) {
    case 'ready':
      return { forwardLayers: 0, loss: false, backwardFrom: layerCount, updated: false };
    case 'forward':
      return {
        forwardLayers: phase.layer + 1,
        loss: false,
        backwardFrom: layerCount,
        updated: false,
      };
    case 'loss':
      return { forwardLayers: layerCount, loss: true, backwardFrom: layerCount, updated: false };
    case 'backward':
      return { forwardLayers: layerCount, loss: true, backwardFrom: phase.layer, updated: false };
    case 'update':
      return { forwardLayers: layerCount, loss: true, backwardFrom: 0, updated: true };
  }
}
