import { useEffect, useRef, type CSSProperties } from 'react';
import { fillHeatmapPixels, fillNeuronPixels } from '../model/architecture-palette';
import { NEURON_RESOLUTION } from '../model/architecture-run';
import { architectureRun, useArchitectureStore, type ArchitectureState } from '../store';

/** Which picture a node shows: an input feature, a hidden neuron, or the output ŷ. */
export type NeuronKind = 'input' | 'hidden' | 'output';

interface NeuronCanvasProps {
  kind: NeuronKind;
  /** The network layer (0 = first hidden layer); ignored for an input. */
  layer: number;
  /** The node's place in its column. */
  index: number;
  label: string;
  style: CSSProperties;
}

/**
 * One node of the network drawing: a NEURON_RESOLUTION² canvas, one pixel per cell of the
 * neuron's grid (run.neuronGrids, run.featureGrids), redrawn from the store's subscription.
 */
export function NeuronCanvas({ kind, layer, index, label, style }: NeuronCanvasProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const context = canvasRef.current?.getContext('2d');
    if (!context) return;
    const image = context.createImageData(NEURON_RESOLUTION, NEURON_RESOLUTION);
    const cells = NEURON_RESOLUTION ** 2;
    const draw = (state: ArchitectureState) => {
      if (!state.stats) return;
      const run = architectureRun(state);
      const grid = kind === 'input' ? run.featureGrids : run.neuronGrids[layer];
      const start = index * cells;
      // a node of the drawing just removed may still hear one update before it unmounts
      if (!grid || start + cells > grid.length) return;
      if (kind === 'output') fillHeatmapPixels(grid, image.data, start, cells);
      else fillNeuronPixels(grid, image.data, start, cells);
      context.putImageData(image, 0, 0);
    };
    draw(useArchitectureStore.getState());
    return useArchitectureStore.subscribe((state, previous) => {
      if (state.stats !== previous.stats) draw(state);
    });
  }, [kind, layer, index]);
  return (
    <canvas
      ref={canvasRef}
      className="architecture-neuron"
      width={NEURON_RESOLUTION}
      height={NEURON_RESOLUTION}
      role="img"
      aria-label={label}
      data-kind={kind}
      style={style}
    />
  );
}
