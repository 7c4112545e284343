import { MAX_DEPTH, MAX_WIDTH, MIN_DEPTH, MIN_WIDTH } from '../model/architecture';
import { useFeatureTranslation } from '../../../ui/use-translation';
import { useArchitectureStore } from '../store';
import { architectureMessages } from '../messages';

/** "Camadas ocultas: n" with + and − (disabled at MAX_DEPTH and MIN_DEPTH). */
export function LayerButtons() {
  const t = useFeatureTranslation(architectureMessages);
  const depth = useArchitectureStore((state) => state.config.widths.length);
  const addLayer = useArchitectureStore((state) => state.addLayer);
  const removeLayer = useArchitectureStore((state) => state.removeLayer);
  return (
    <div className="architecture-layer-buttons">
      <button
        type="button"
        aria-label={t('lab.architecture.removeLayer')}
        title={t('lab.architecture.removeLayer')}
        disabled={depth <= MIN_DEPTH}
        onClick={removeLayer}
      >
        −
      </button>
      <button
        type="button"
        aria-label={t('lab.architecture.addLayer')}
        title={t('lab.architecture.addLayer')}
        disabled={depth >= MAX_DEPTH}
        onClick={addLayer}
      >
        +
      </button>
      <span>{t('lab.architecture.depth', { count: depth })}</span>
    </div>
  );
}

/** Above hidden layer `layer`: + and − for its neurons (MIN_WIDTH to MAX_WIDTH) and its width. */
export function NeuronButtons({ layer, width }: { layer: number; width: number }) {
  const t = useFeatureTranslation(architectureMessages);
  const addNeuron = useArchitectureStore((state) => state.addNeuron);
  const removeNeuron = useArchitectureStore((state) => state.removeNeuron);
  const number = layer + 1;
  return (
    <div className="architecture-neuron-buttons">
      <button
        type="button"
        aria-label={t('lab.architecture.addNeuron', { layer: number })}
        title={t('lab.architecture.addNeuron', { layer: number })}
        disabled={width >= MAX_WIDTH}
        onClick={() => addNeuron(layer)}
      >
        +
      </button>
      <button
        type="button"
        aria-label={t('lab.architecture.removeNeuron', { layer: number })}
        title={t('lab.architecture.removeNeuron', { layer: number })}
        disabled={width <= MIN_WIDTH}
        onClick={() => removeNeuron(layer)}
      >
        −
      </button>
      <span>
        {width === 1
          ? t('lab.architecture.neuronCount.one')
          : t('lab.architecture.neuronCount.other', { count: width })}
      </span>
    </div>
  );
}
