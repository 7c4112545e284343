import type { StateCreator } from 'zustand';
import type { MessageKey } from '../content/ui/messages';
import {
  clampLearningRate,
  exerciseSpec,
  LEARNING_RATE,
  type ExerciseActivation,
  type ExerciseDataset,
  type ExerciseLoss,
} from '../core/exercise/config';
import { exerciseExamples, LESSON_EXAMPLE_DEFAULT } from '../core/exercise/data';
import { recordEvent, startLog, type ExerciseEvent } from '../core/exercise/events';
import { presetSetup, type ExerciseSetup, type PresetId } from '../core/exercise/presets';
import { createLossHistory, type LossHistory } from '../core/exercise/loss-history';
import { recordIterationLoss } from '../core/exercise/run';
import {
  completeIteration,
  nextPhase,
  startSession,
  type ExerciseSession,
} from '../core/exercise/session';
import { cloneParameters } from '../core/network/parameters';
import { DEFAULT_SEED, initializeParameters } from '../core/training/initialization';
import type { Example, NetworkParameters } from '../core/types';
import { createAutoActions, type AutoSlice } from './auto-actions';
import { setParameterValue, type ParameterRef } from '../core/network/parameter-ref';
import type { ExerciseControl, LinkSettings } from './link-settings';
import type { AppState } from './store';

/** A short message about what the last action did, shown once near the controls. */
export interface Notice {
  key: MessageKey;
}

/** What "Passo anterior" returns to. */
interface Snapshot {
  session: ExerciseSession;
  lossHistory: LossHistory;
}

/** How many phases "Passo anterior" can undo. */
export const UNDO_DEPTH = 256;

export interface ExerciseSlice extends AutoSlice {
  activation: ExerciseActivation;
  loss: ExerciseLoss;
  dataset: ExerciseDataset;
  /** The lesson's single example, editable by the learner. */
  lessonExample: Example;
  /** The η slider reaches 50 on a log scale instead of 1. */
  wideLearningRate: boolean;
  seed: number;
  session: ExerciseSession;
  past: Snapshot[];
  lossHistory: LossHistory;
  showGradients: boolean;
  selected: ParameterRef;
  notice: Notice | null;
  /**
   * What the learner did since the run began (restarts, hand edits, changes of settings and of η,
   * starts and stops), as the actions that did it record it.
   */
  events: readonly ExerciseEvent[];
  /** The controls a teacher's link shows (null: all of them). */
  shownControls: readonly ExerciseControl[] | null;
  /**
   * The scenario last chosen ("Cenários", core/exercise/presets.ts), `modified` once the learner
   * changed a setting, the seed or a weight after choosing it; null: none.
   */
  scenario: { id: PresetId; modified: boolean } | null;
  /** θ₀ as the last applySetup wrote it out, which Reset returns to; null: the seed's. */
  setupParameters: NetworkParameters | null;
  /**
   * The run starts from what applySetup gave (a scenario or the hand-calculation numbers: their
   * seed or weights), not from the learner's own seed; the challenges do not count such runs.
   * Cleared by a new seed, zeroed weights and a link without a scenario.
   */
  setupGiven: boolean;

  nextPhase: () => void;
  previousPhase: () => void;
  completeIteration: () => void;
  reset: () => void;
  newSeed: (seed?: number) => void;
  zeroWeights: () => void;
  setLearningRate: (value: number) => void;
  setWideLearningRate: (wide: boolean) => void;
  setActivation: (activation: ExerciseActivation) => void;
  setLoss: (loss: ExerciseLoss) => void;
  setDataset: (dataset: ExerciseDataset) => void;
  setLessonExample: (example: Example) => void;
  setParameter: (ref: ParameterRef, value: number) => void;
  toggleGradients: () => void;
  select: (ref: ParameterRef) => void;
  dismissNotice: () => void;
  /** Starts over with a teacher's link's settings (see link-settings.ts); absent ones are kept. */
  applyLink: (settings: LinkSettings) => void;
  /** Starts over with `setup`'s settings, from its parameters or else its seed's; no scenario. */
  applySetup: (setup: ExerciseSetup) => void;
  /** Starts over with scenario `id` and shows it as chosen. */
  applyPreset: (id: PresetId) => void;
  /** The picker's "—": no scenario chosen; the exercise itself is left as it is. */
  clearPreset: () => void;
}

/** What a fresh session is made from; η is held by the session itself (session.learningRate). */
type Settings = Pick<ExerciseSlice, 'activation' | 'loss' | 'dataset' | 'lessonExample'> & {
  learningRate: number;
};

/** The settings as the state holds them, with η read from its one home, the session. */
const settingsOf = (state: AppState): Settings => ({
  ...state,
  learningRate: state.session.learningRate,
});

function examplesOf(settings: Pick<Settings, 'dataset' | 'lessonExample'>): Example[] {
  return exerciseExamples(settings.dataset, settings.lessonExample);
}

/** A fresh session from the given parameters, counting from iteration 0. */
function freshSession(settings: Settings, parameters: NetworkParameters): ExerciseSession {
  const spec = exerciseSpec(settings.activation, settings.loss);
  return startSession(spec, examplesOf(settings), parameters, settings.learningRate);
}

/** The current iteration restarted from its forward pass, with the same parameters and counters. */
function restartIteration(session: ExerciseSession, settings: Settings): ExerciseSession {
  const spec = exerciseSpec(settings.activation, settings.loss);
  return startSession(
    spec,
    examplesOf(settings),
    session.parameters,
    settings.learningRate,
    session.iteration,
    session.exampleIndex,
  );
}

function seededParameters(seed: number): NetworkParameters {
  return initializeParameters(exerciseSpec('sigmoid', 'halfSquaredError'), {
    scheme: 'uniform',
    seed,
  });
}

export const createExerciseSlice: StateCreator<AppState, [], [], ExerciseSlice> = (
  set,
  get,
  store,
) => {
  const initial: Settings = {
    activation: 'sigmoid',
    loss: 'halfSquaredError',
    dataset: 'lesson',
    lessonExample: LESSON_EXAMPLE_DEFAULT,
    learningRate: LEARNING_RATE.initial,
  };

  /** `event` added to the run's log, for the state's next `set`. */
  const logged = (event: ExerciseEvent) => recordEvent(get().events, event);

  /** The chosen scenario marked as changed by the learner, for the state's next `set`. */
  const modified = () => {
    const { scenario } = get();
    return scenario && !scenario.modified ? { scenario: { ...scenario, modified: true } } : {};
  };

  /**
   * Starts over from `parameters`: iteration 0, empty history, nothing to undo. `keptWeights`
   * says the learner changed the data, not the weights.
   */
  const startOver = (
    parameters: NetworkParameters,
    notice: Notice | null = null,
    keptWeights = false,
    learningRate = get().session.learningRate,
  ) => {
    const session = freshSession({ ...settingsOf(get()), learningRate }, parameters);
    const given = get().setupGiven;
    const events = logged({ type: 'restarted', iteration: 0, keptWeights, parameters, given });
    set({
      session,
      past: [],
      lossHistory: createLossHistory(),
      notice,
      running: false,
      // a new run: why the last one stopped no longer applies
      stopReason: null,
      events,
    });
  };

  /** Applies a change of activation or loss: the current iteration restarts from its forward pass. */
  const changeSettings = (
    setting: 'activation' | 'loss',
    change: Partial<Settings>,
    notice: Notice,
  ) => {
    const state = get();
    const settings = { ...settingsOf(state), ...change };
    const session = restartIteration(state.session, settings);
    const events = logged({ type: 'settingChanged', setting, iteration: state.session.iteration });
    set({ ...change, session, past: [], notice, events, ...modified() });
  };

  const initialParameters = seededParameters(DEFAULT_SEED);
  const { activation, loss, dataset, lessonExample } = initial;
  return {
    activation,
    loss,
    dataset,
    lessonExample,
    wideLearningRate: false,
    seed: DEFAULT_SEED,
    session: freshSession(initial, initialParameters),
    events: startLog(initialParameters),
    past: [],
    lossHistory: createLossHistory(),
    showGradients: false,
    selected: { layer: 0, kind: 'weight', row: 0, column: 0 },
    notice: null,
    shownControls: null,
    scenario: null,
    setupParameters: null,
    setupGiven: false,
    ...createAutoActions(set, get, store),

    nextPhase: () => {
      const { session, lossHistory, past } = get();
      const next = nextPhase(session);
      if (next === session) return;
      const history =
        next.phase.kind === 'loss' ? recordIterationLoss(lossHistory, next) : lossHistory;
      set({
        session: next,
        lossHistory: history,
        past: [...past.slice(-(UNDO_DEPTH - 1)), { session, lossHistory }],
        notice: null,
      });
    },

    previousPhase: () => {
      const { past } = get();
      const previous = past[past.length - 1];
      if (!previous) return;
      set({
        session: previous.session,
        lossHistory: previous.lossHistory,
        past: past.slice(0, -1),
        notice: null,
      });
    },

    completeIteration: () => {
      const { session, lossHistory, past } = get();
      const next = completeIteration(session);
      if (next === session) return;
      set({
        session: next,
        lossHistory: recordIterationLoss(lossHistory, next),
        past: [...past.slice(-(UNDO_DEPTH - 1)), { session, lossHistory }],
        notice: null,
      });
    },

    reset: () => startOver(get().setupParameters ?? seededParameters(get().seed)),

    newSeed: (seed) => {
      const next = seed ?? Math.floor(Math.random() * 1_000_000);
      set({ seed: next, setupParameters: null, setupGiven: false, ...modified() });
      startOver(seededParameters(next));
    },

    zeroWeights: () => {
      const zeros = initializeParameters(get().session.spec, { scheme: 'zero', seed: 0 });
      set({ setupGiven: false, ...modified() });
      startOver(zeros, { key: 'exercise.notice.zeroWeights' });
    },

    setLearningRate: (value) => {
      const learningRate = clampLearningRate(value, get().wideLearningRate);
      const { session, events } = get();
      const changed = learningRate !== session.learningRate;
      // η only enters the update: a shown update is recomputed, otherwise the new η waits for it.
      const atUpdate = session.phase.kind === 'update';
      const updated = atUpdate
        ? completeIteration(restartIteration(session, { ...settingsOf(get()), learningRate }))
        : { ...session, learningRate };
      set({
        session: updated,
        past: [],
        notice: atUpdate ? { key: 'exercise.notice.learningRateUpdate' } : null,
        events: changed
          ? logged({ type: 'learningRateChanged', iteration: session.iteration })
          : events,
        ...(changed ? modified() : {}),
      });
    },

    setWideLearningRate: (wide) => {
      set({ wideLearningRate: wide });
      get().setLearningRate(get().session.learningRate);
    },

    setActivation: (activation) =>
      changeSettings('activation', { activation }, { key: 'exercise.notice.activationChanged' }),

    setLoss: (loss) => changeSettings('loss', { loss }, { key: 'exercise.notice.lossChanged' }),

    setDataset: (dataset) => {
      set({ dataset, ...modified() });
      startOver(get().session.parameters, { key: 'exercise.notice.datasetChanged' }, true);
    },

    setLessonExample: (lessonExample) => {
      set({ lessonExample, ...modified() });
      startOver(get().session.parameters, { key: 'exercise.notice.exampleChanged' }, true);
    },

    setParameter: (ref, value) => {
      const state = get();
      const parameters = setParameterValue(state.session.parameters, ref, value);
      if (!parameters) return;
      const session = restartIteration({ ...state.session, parameters }, settingsOf(state));
      if (session.status === 'diverged') {
        set({ notice: { key: 'exercise.notice.overflowInput' } });
        return;
      }
      set({
        session,
        past: [],
        notice: { key: 'exercise.notice.parameterEdited' },
        events: logged({ type: 'parameterEdited', iteration: state.session.iteration }),
        ...modified(),
      });
    },

    toggleGradients: () => set({ showGradients: !get().showGradients }),
    select: (selected) => set({ selected }),
    dismissNotice: () => set({ notice: null }),

    applyLink: (link) => {
      const state = get();
      if (link.preset) {
        set({ shownControls: link.controls ?? state.shownControls });
        return get().applyPreset(link.preset);
      }
      const example = link.example ?? {};
      const learningRate = link.learningRate ?? state.session.learningRate;
      const wideLearningRate = state.wideLearningRate || learningRate > LEARNING_RATE.maximum;
      const seed = link.seed ?? state.seed;
      set({
        activation: link.activation ?? state.activation,
        loss: link.loss ?? state.loss,
        dataset: link.dataset ?? state.dataset,
        lessonExample: {
          input: [
            example.x1 ?? state.lessonExample.input[0] ?? 0,
            example.x2 ?? state.lessonExample.input[1] ?? 0,
          ],
          target: [example.y ?? state.lessonExample.target[0] ?? 0],
        },
        wideLearningRate,
        seed,
        shownControls: link.controls ?? state.shownControls,
        scenario: null,
        setupParameters: null,
        setupGiven: false,
      });
      startOver(
        seededParameters(seed),
        null,
        false,
        clampLearningRate(learningRate, wideLearningRate),
      );
    },

    applySetup: (setup) => {
      const state = get();
      const wideLearningRate = state.wideLearningRate || setup.learningRate > LEARNING_RATE.maximum;
      const seed = setup.seed ?? state.seed;
      const setupParameters = setup.parameters ? cloneParameters(setup.parameters) : null;
      const example = setup.lessonExample;
      set({
        activation: setup.activation,
        loss: setup.loss,
        dataset: setup.dataset,
        lessonExample: example
          ? { input: [...example.input], target: [...example.target] }
          : state.lessonExample,
        wideLearningRate,
        seed,
        setupParameters,
        setupGiven: true,
        scenario: null,
      });
      startOver(
        setupParameters ?? seededParameters(seed),
        null,
        false,
        clampLearningRate(setup.learningRate, wideLearningRate),
      );
    },

    applyPreset: (id) => {
      get().applySetup(presetSetup(id));
      set({ scenario: { id, modified: false } });
    },

    clearPreset: () => set({ scenario: null }),
  };
};
