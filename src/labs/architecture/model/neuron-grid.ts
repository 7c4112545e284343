import { ConfigurationError } from '../../../core/errors';
import { flattenParameters } from '../../../core/network/parameters';
import { compileNetwork } from '../../../core/tape/tape';
import type { Tape } from '../../../core/tape/tape';
import type { NetworkParameters, NetworkSpec } from '../../../core/types';
import type { GridBounds } from './decision-grid';
import { FEATURE_FUNCTIONS, FEATURES, writeFeatures } from './features';
import type { FeatureName } from './features';

/** A resolution × resolution grid over a rectangle of the plane, cells row-major from the top-left. */
export interface GridPlane {
  resolution: number;
  bounds: GridBounds;
}

/** Reused input vector (room for every feature), so filling grids allocates nothing. */
const cellInput = new Float64Array(FEATURES.length);

/** A core tape for `spec` to read neuron outputs from (the trainer keeps its own tape private). */
export function createNeuronProbe(spec: NetworkSpec): Tape {
  return compileNetwork(spec);
}

/** Copies a parameter snapshot (e.g. trainer.parameters()) into the probe. */
export function loadProbeParameters(probe: Tape, parameters: NetworkParameters): void {
  probe.parameters.set(flattenParameters(probe.spec, parameters));
}

/**
 * Output a_{l,i} of neuron `neuron` of layer `layer` (0 = first hidden layer, the last is the
 * output) after the probe's last forward pass; the output layer's is ŷ = σ(z), since a
 * cross-entropy tape stores only its logit z in that layer.
 */
function neuronValue(network: Tape, layer: number, neuron: number): number {
  if (layer === network.layers.length - 1) return network.prediction[neuron]!;
  return network.values[network.layers[layer]!.activation + neuron]!;
}

function requireNeuron(network: Tape, layer: number, neuron: number): void {
  const slots = network.layers[layer];
  if (!slots || !Number.isInteger(neuron) || neuron < 0 || neuron >= slots.size) {
    throw new ConfigurationError('neuron', `no neuron ${neuron} in layer ${layer}`);
  }
}

/** Calls visit(cell, x₁, x₂) at every cell centre (see cellCentre in decision-grid.ts). */
function eachCell(plane: GridPlane, visit: (cell: number, x1: number, x2: number) => void): void {
  const { resolution, bounds } = plane;
  const width = (bounds.xMax - bounds.xMin) / resolution;
  const height = (bounds.yMax - bounds.yMin) / resolution;
  for (let row = 0; row < resolution; row++) {
    const x2 = bounds.yMax - (row + 0.5) * height;
    for (let column = 0; column < resolution; column++) {
      visit(row * resolution + column, bounds.xMin + (column + 0.5) * width, x2);
    }
  }
}

/**
 * The output a_{l,i}(φ(x)) of one neuron at every cell centre x of the plane, φ the chosen
 * features: a forward pass of the core tape per cell, read at that neuron.
 */
export function neuronGrid(
  network: Tape,
  features: readonly FeatureName[],
  layer: number,
  neuron: number,
  plane: GridPlane,
): Float64Array {
  requireNeuron(network, layer, neuron);
  const grid = new Float64Array(plane.resolution ** 2);
  eachCell(plane, (cell, x1, x2) => {
    network.predict(writeFeatures(features, x1, x2, cellInput));
    grid[cell] = neuronValue(network, layer, neuron);
  });
  return grid;
}

/**
 * Every neuron's grid in one sweep (one forward pass per cell): out[l][i·cells + cell] is
 * a_{l,i} at that cell, with cells = resolution². out[l] must hold size_l·cells numbers.
 */
export function fillNeuronGrids(
  network: Tape,
  features: readonly FeatureName[],
  plane: GridPlane,
  out: readonly Float64Array[],
): void {
  const cells = plane.resolution ** 2;
  const layers = network.layers;
  eachCell(plane, (cell, x1, x2) => {
    network.predict(writeFeatures(features, x1, x2, cellInput));
    // out has one array per layer with size·cells numbers (the caller's contract)
    for (let layer = 0; layer < layers.length; layer++) {
      const grid = out[layer]!;
      for (let neuron = 0; neuron < layers[layer]!.size; neuron++) {
        grid[neuron * cells + cell] = neuronValue(network, layer, neuron);
      }
    }
  });
}

/** Each input's value φ_k(x) over the plane: out[k·cells + cell], for the input column's pictures. */
export function fillFeatureGrids(
  features: readonly FeatureName[],
  plane: GridPlane,
  out: Float64Array,
): void {
  const cells = plane.resolution ** 2;
  eachCell(plane, (cell, x1, x2) => {
    features.forEach((feature, index) => {
      out[index * cells + cell] = FEATURE_FUNCTIONS[feature](x1, x2);
    });
  });
}

/** Preallocated grids for fillNeuronGrids: one array of size·cells numbers per layer. */
export function neuronGridBuffers(spec: NetworkSpec, resolution: number): Float64Array[] {
  return spec.layers.map((layer) => new Float64Array(layer.size * resolution ** 2));
}
