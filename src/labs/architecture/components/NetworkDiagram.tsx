import type { NetworkParameters } from '../../../core/types';
import { NODE, networkLayout } from '../model/network-layout';
import { useFeatureTranslation } from '../../../ui/use-translation';
import { CLASS_COLOURS } from './heatmap-draw';
import { LayerButtons, NeuronButtons } from './LayerButtons';
import { NeuronCanvas, type NeuronKind } from './NeuronCanvas';
import { useWeightsSnapshot } from './use-weights-snapshot';
import { useArchitectureStore } from '../store';
import { architectureMessages } from '../messages';

/** True when the snapshot has one weight per edge of the columns `sizes` (not an older shape). */
function fits(parameters: NetworkParameters | null, sizes: readonly number[]): boolean {
  if (!parameters || parameters.length !== sizes.length - 1) return false;
  return parameters.every(
    ({ weights }, layer) =>
      weights.length === sizes[layer + 1] && weights.every((row) => row.length === sizes[layer]),
  );
}

/** The drawn scale at most: a small network is not blown up past this many pixels per unit. */
const MAX_SCALE = 1.3;

/**
 * The network drawn: the chosen inputs, each hidden layer and the output ŷ as columns of small
 * pictures (each neuron's output over the plane), the weights as lines (width by |w|, colour by
 * sign), and the + and − buttons for layers and neurons above them.
 */
export function NetworkDiagram() {
  const t = useFeatureTranslation(architectureMessages);
  const features = useArchitectureStore((state) => state.config.features);
  const widths = useArchitectureStore((state) => state.config.widths);
  const parameters = useWeightsSnapshot();
  const sizes = [features.length, ...widths, 1];
  const layout = networkLayout(sizes, fits(parameters, sizes) ? parameters! : []);
  const outputLayer = widths.length;
  const name = (kind: NeuronKind, column: number, index: number): string => {
    if (kind === 'input') {
      return t('lab.architecture.inputNode', {
        feature: t(`lab.architecture.feature.${features[index]!}`),
      });
    }
    if (kind === 'output') return t('lab.architecture.outputNode', { layer: column });
    return t('lab.architecture.neuron', { neuron: index + 1, layer: column });
  };
  const percent = (value: number, total: number) => `${(value / total) * 100}%`;
  return (
    <div className="architecture-network" role="group" aria-label={t('lab.architecture.diagram')}>
      <LayerButtons />
      <div
        className="architecture-network-body"
        style={{ maxWidth: `${layout.width * MAX_SCALE}px` }}
      >
        <div
          className="architecture-network-head"
          style={{ gridTemplateColumns: `repeat(${sizes.length}, minmax(0, 1fr))` }}
        >
          <span>{t('lab.architecture.features')}</span>
          {widths.map((width, layer) => (
            <NeuronButtons key={layer} layer={layer} width={width} />
          ))}
          <span>ŷ</span>
        </div>
        <div
          className="architecture-network-stage"
          style={{ aspectRatio: `${layout.width} / ${layout.height}` }}
        >
          <svg
            viewBox={`0 0 ${layout.width} ${layout.height}`}
            aria-hidden="true"
            focusable="false"
          >
            {layout.edges.map((edge) => (
              <line
                key={`${edge.column}-${edge.from}-${edge.to}`}
                x1={edge.x1}
                y1={edge.y1}
                x2={edge.x2}
                y2={edge.y2}
                stroke={CLASS_COLOURS[edge.weight >= 0 ? 1 : 0]}
                strokeWidth={edge.width}
                strokeOpacity={0.75}
              />
            ))}
          </svg>
          {layout.nodes.map(({ column, index, x, y }) => {
            const kind: NeuronKind =
              column === 0 ? 'input' : column === outputLayer + 1 ? 'output' : 'hidden';
            return (
              <NeuronCanvas
                // the input's feature in the key: switching features redraws the right picture
                key={`${column}-${index}-${kind === 'input' ? features[index] : ''}`}
                kind={kind}
                layer={column - 1}
                index={index}
                label={name(kind, column, index)}
                style={{
                  left: percent(x - NODE / 2, layout.width),
                  top: percent(y - NODE / 2, layout.height),
                  width: percent(NODE, layout.width),
                  height: percent(NODE, layout.height),
                }}
              />
            );
          })}
        </div>
      </div>
      <p className="architecture-note">{t('lab.architecture.shape', { shape: sizes.join('–') })}</p>
    </div>
  );
}
