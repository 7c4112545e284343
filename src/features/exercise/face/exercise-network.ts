import { exerciseSpec } from '../../../core/exercise/config';
import { LESSON_EXAMPLE_DEFAULT } from '../../../core/exercise/data';
import type { ExerciseSession } from '../../../core/exercise/session';
import { DEFAULT_SEED, initializeParameters } from '../../../core/training/initialization';
import type { Example, NetworkParameters, NetworkSpec } from '../../../core/types';

/** The network the lab sections look at: the exercise's spec, parameters and current example. */
export interface LabNetwork {
  spec: NetworkSpec;
  parameters: NetworkParameters;
  example: Example;
}

/** The lesson's starting point: sigmoid, ½(y − ŷ)², the default seed's weights, x = (1, 0.5), y = 1. */
export const LESSON_NETWORK: LabNetwork = (() => {
  const spec = exerciseSpec('sigmoid', 'halfSquaredError');
  return {
    spec,
    parameters: initializeParameters(spec, { scheme: 'uniform', seed: DEFAULT_SEED }),
    example: LESSON_EXAMPLE_DEFAULT,
  };
})();

const networks = new WeakMap<ExerciseSession, LabNetwork>();

/**
 * The exercise's network as the backward pass of its current iteration sees it (the parameters
 * from before the update, the current example), or the lesson's start when there is no session.
 * The same object for the same session, so views memoised on it recompute only when it changes.
 */
export function labNetworkOf(session: ExerciseSession | undefined): LabNetwork {
  const example = session?.examples[session.exampleIndex];
  if (!session || !example) return LESSON_NETWORK;
  let network = networks.get(session);
  if (!network) {
    network = { spec: session.spec, parameters: session.parameters, example };
    networks.set(session, network);
  }
  return network;
}
