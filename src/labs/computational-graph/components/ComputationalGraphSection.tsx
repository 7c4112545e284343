import './computational-graph.css';
import { useMemo } from 'react';
import { EXERCISE_ACTIVATIONS, EXERCISE_LOSSES } from '../../../core/exercise/config';
import { formatValue } from '../../../ui/format';
import { useFeatureTranslation, useLanguage } from '../../../ui/use-translation';
import { LabFrame } from '../../shared/LabFrame';
import { LabToolbar } from '../../shared/LabToolbar';
import { labNetworkOf, useExerciseRunning, usePausedSession } from '../../../features/exercise';
import { graphViewOf } from '../graph-view';
import { computationalGraphMessages } from '../messages';
import { revealedCount as countShown, useComputationalGraphStore } from '../store';
import { GraphPlot } from './GraphPlot';
import { NodeTable } from './NodeTable';
import { nodeLabel, stepEquation } from './step-sentence';

/** The lab's computational graph: the exercise's loss as micrograd draws it, stepped backward node by node. */
export default function ComputationalGraphSection() {
  const t = useFeatureTranslation(computationalGraphMessages);
  const language = useLanguage();
  // the graph follows the exercise, and stands still while it auto-trains (see use-paused-session)
  const session = usePausedSession();
  const { network, graph, steps, layout } = useMemo(() => {
    const network = labNetworkOf(session);
    return { network, ...graphViewOf(network) };
  }, [session]);
  const total = steps.length;
  const revealedCount = useComputationalGraphStore((state) => countShown(state.revealed, total));
  const running = useExerciseRunning();
  const store = useComputationalGraphStore.getState();
  const next = () => store.next(total);
  const previous = () => store.previous(total);
  const showAll = () => store.showAll(total);
  const reset = store.reset;
  const revealed = useMemo(
    () => new Set(steps.slice(0, revealedCount).map((step) => step.nodeId)),
    [steps, revealedCount],
  );
  const current = steps[revealedCount - 1] ?? null; // none before the first step (index −1)

  let sentence: string;
  if (!current) sentence = t('lab.computationalGraph.ready');
  else if (current.contributions.length === 0)
    sentence = t('lab.computationalGraph.rootStep', { total });
  else {
    const equation = stepEquation(current, graph.nodes, language);
    sentence = t('lab.computationalGraph.step', { index: revealedCount, total, equation });
    if (current.contributions.length > 1) {
      const node = nodeLabel(graph.nodes, current.nodeId);
      sentence += ` ${t('lab.computationalGraph.severalUsers', { node, count: current.contributions.length })}`;
    }
  }
  if (current && revealedCount === total)
    sentence += ` ${t('lab.computationalGraph.done', { total })}`;

  // the exercise's network has a hidden layer, two inputs and one target; '—' if one is missing
  const activation = network.spec.layers[0]?.activation ?? '—';
  const loss = network.spec.loss;
  const [x1, x2] = network.example.input;
  const [y] = network.example.target;
  const shown = (value: number | undefined) =>
    value === undefined ? '—' : formatValue(value, language);
  return (
    <LabFrame
      id="computational-graph"
      title={t('lab.computationalGraph.title')}
      intro={<p>{t('lab.computationalGraph.intro')}</p>}
      more={<p>{t('lab.computationalGraph.more')}</p>}
      toolbar={
        <LabToolbar
          onStep={next}
          stepDisabled={revealedCount === total}
          onReset={reset}
          resetDisabled={revealedCount === 0}
        >
          <button type="button" onClick={previous} disabled={revealedCount === 0}>
            {t('lab.computationalGraph.previous')}
          </button>
          <button type="button" onClick={showAll} disabled={revealedCount === total}>
            {t('lab.computationalGraph.showAll')}
          </button>
          <span className="graph-progress">
            {t('lab.computationalGraph.progress', { revealed: revealedCount, total })}
          </span>
        </LabToolbar>
      }
    >
      <p className="graph-network">
        {t('lab.computationalGraph.network', {
          activation: (EXERCISE_ACTIVATIONS as readonly string[]).includes(activation)
            ? t(`exercise.activation.${activation as (typeof EXERCISE_ACTIVATIONS)[number]}`)
            : activation,
          loss: (EXERCISE_LOSSES as readonly string[]).includes(loss)
            ? t(`exercise.loss.${loss as (typeof EXERCISE_LOSSES)[number]}`)
            : loss,
          x1: shown(x1),
          x2: shown(x2),
          y: shown(y),
        })}
      </p>
      <p className="graph-sentence" role="status" aria-live={running ? 'off' : 'polite'}>
        {sentence}
      </p>
      <GraphPlot nodes={graph.nodes} layout={layout} revealed={revealed} current={current} />
      <NodeTable nodes={graph.nodes} revealed={revealed} currentId={current?.nodeId ?? null} />
    </LabFrame>
  );
}
