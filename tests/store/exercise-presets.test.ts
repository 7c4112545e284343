import { beforeEach, describe, expect, it } from 'vitest';
import { exerciseSpec } from '../../src/core/exercise/config';
import { LESSON_EXAMPLE_DEFAULT } from '../../src/core/exercise/data';
import { EXERCISE_PRESETS, presetSetup, type ExerciseSetup } from '../../src/core/exercise/presets';
import { datasetLoss } from '../../src/core/exercise/run';
import { DEFAULT_SEED, initializeParameters } from '../../src/core/training/initialization';
import type { NetworkParameters } from '../../src/core/types';
import { AUTO_DEFAULTS } from '../../src/store/auto-actions';
import {
  EXERCISE_CONTROLS,
  linkedExercise,
  linkToExercise,
  parseLinkSettings,
} from '../../src/store/link-settings';
import { resetAppStore, useAppStore } from '../../src/store/store';

const state = () => useAppStore.getState();
beforeEach(() => resetAppStore());

const seeded = (seed: number) =>
  initializeParameters(exerciseSpec('sigmoid', 'halfSquaredError'), { scheme: 'uniform', seed });

/** Round starting numbers, as a hand calculation would give them. */
const ROUND: NetworkParameters = [
  {
    weights: [
      [0.5, -0.5],
      [0.25, 1],
    ],
    biases: [0, 0.5],
  },
  { weights: [[1, -1]], biases: [0] },
];

const handSetup: ExerciseSetup = {
  dataset: 'lesson',
  activation: 'tanh',
  loss: 'binaryCrossEntropy',
  learningRate: 0.5,
  parameters: ROUND,
  lessonExample: { input: [2, -1], target: [0] },
};

describe('applySetup', () => {
  it('starts over with the setup’s settings and its own parameters, as a fresh run', () => {
    state().completeIteration();
    state().setParameter({ layer: 1, kind: 'bias', row: 0, column: 0 }, 3);
    state().applySetup(handSetup);
    const after = state();
    expect([after.activation, after.loss, after.dataset]).toEqual([
      'tanh',
      'binaryCrossEntropy',
      'lesson',
    ]);
    expect(after.session.learningRate).toBe(0.5);
    expect(after.wideLearningRate).toBe(false);
    expect(after.session.examples).toEqual([{ input: [2, -1], target: [0] }]);
    expect(after.session.parameters).toEqual(ROUND);
    // a copy: nothing the run does can reach the caller's numbers
    expect(after.session.parameters).not.toBe(ROUND);
    expect([after.session.iteration, after.session.phase.kind, after.past.length]).toEqual([
      0,
      'ready',
      0,
    ]);
    expect(after.lossHistory.iterations).toHaveLength(0);
    expect(after.scenario).toBeNull();
    // one restart that dropped the old weights, from θ₀: the hand edit before it no longer counts
    expect(after.events).toEqual([
      { type: 'restarted', iteration: 0, keptWeights: false, given: true, parameters: ROUND },
    ]);
    expect(after.challengesRun.handEdited).toBe(false);
    expect(after.challengesRun.settingsChanged).toBe(false);
    expect(after.challengesRun.startError).toBeCloseTo(
      datasetLoss(after.session.spec, ROUND, after.session.examples),
      12,
    );
  });

  it('draws θ₀ from the setup’s seed when it gives no parameters, and keeps the rest', () => {
    state().setLessonExample({ input: [0.25, 0.5], target: [0] });
    state().applySetup({
      dataset: 'lesson',
      activation: 'relu',
      loss: 'halfSquaredError',
      learningRate: 0.2,
      seed: 7,
    });
    expect(state().seed).toBe(7);
    expect(state().session.parameters).toEqual(seeded(7));
    expect(state().lessonExample).toEqual({ input: [0.25, 0.5], target: [0] });
    state().applySetup({ ...handSetup, parameters: undefined, seed: undefined });
    expect(state().seed).toBe(7);
    expect(state().session.parameters).toEqual(seeded(7));
  });

  it('turns the wide η range on for η > 1 and clamps η into the slider’s range', () => {
    state().applySetup({ ...handSetup, learningRate: 20 });
    expect(state().wideLearningRate).toBe(true);
    expect(state().session.learningRate).toBe(20);
    state().applySetup({ ...handSetup, learningRate: 500 });
    expect(state().session.learningRate).toBe(50);
  });

  it('Reset returns to the setup’s parameters; a new seed goes back to seeded weights', () => {
    state().applySetup(handSetup);
    state().completeIteration();
    state().completeIteration();
    state().reset();
    expect(state().session.parameters).toEqual(ROUND);
    expect(state().session.iteration).toBe(0);
    state().zeroWeights();
    state().reset();
    expect(state().session.parameters).toEqual(ROUND);
    state().newSeed(11);
    state().reset();
    expect(state().session.parameters).toEqual(seeded(11));
  });

  it('stops auto-training and forgets why it stopped before, as every restart does', () => {
    state().setIterationLimit(2);
    state().startAuto();
    state().autoIterations(5);
    expect(state().stopReason).toBe('limit');
    state().startAuto();
    state().applySetup(handSetup);
    expect(state().running).toBe(false);
    expect(state().stopReason).toBeNull();
    // so does any restart: Reset after a stop at the limit
    state().startAuto();
    state().autoIterations(5);
    expect(state().stopReason).toBe('limit');
    state().reset();
    expect(state().stopReason).toBeNull();
  });
});

describe('applyPreset', () => {
  it.each(EXERCISE_PRESETS.map((preset) => preset.id))('starts %s as its setup says', (id) => {
    const setup = presetSetup(id);
    state().applyPreset(id);
    const after = state();
    expect(after.scenario).toEqual({ id, modified: false });
    expect([after.activation, after.loss, after.dataset]).toEqual([
      setup.activation,
      setup.loss,
      setup.dataset,
    ]);
    expect(after.session.learningRate).toBe(setup.learningRate);
    expect(after.wideLearningRate).toBe(setup.learningRate > 1);
    expect(after.session.parameters).toEqual(
      setup.parameters ?? seeded(setup.seed ?? DEFAULT_SEED),
    );
    if (setup.dataset === 'lesson')
      expect(after.session.examples).toEqual([LESSON_EXAMPLE_DEFAULT]);
    expect(after.events).toHaveLength(1);
    expect(after.events[0]).toMatchObject({ type: 'restarted', keptWeights: false });
  });

  it('brings the lesson’s example back over one the learner edited', () => {
    state().setLessonExample({ input: [3, 3], target: [0] });
    state().applyPreset('saturated');
    expect(state().session.examples).toEqual([LESSON_EXAMPLE_DEFAULT]);
  });

  it('returns the picker to “—” on any change of setting, η, data, example, seed or weight', () => {
    const changes: [string, () => void][] = [
      ['η', () => state().setLearningRate(0.3)],
      ['narrower η range', () => state().setWideLearningRate(false)],
      ['activation', () => state().setActivation('sigmoid')],
      ['loss', () => state().setLoss('halfSquaredError')],
      ['data', () => state().setDataset('xor')],
      ['example', () => state().setLessonExample({ input: [1, 1], target: [1] })],
      ['weight', () => state().setParameter({ layer: 0, kind: 'bias', row: 0, column: 0 }, 0.5)],
      ['seed', () => state().newSeed(3)],
      ['zero weights', () => state().zeroWeights()],
    ];
    for (const [name, change] of changes) {
      state().applyPreset('overshoot');
      change();
      expect({ name, scenario: state().scenario }).toEqual({
        name,
        scenario: { id: 'overshoot', modified: true },
      });
    }
  });

  it('keeps the scenario through stepping, training, the same η and Reset', () => {
    state().applyPreset('xor-escapes');
    state().nextPhase();
    state().previousPhase();
    state().completeIteration();
    state().autoIterations(50);
    state().setLearningRate(state().session.learningRate);
    state().toggleGradients();
    state().reset();
    expect(state().scenario).toEqual({ id: 'xor-escapes', modified: false });
    expect(state().session.parameters).toEqual(seeded(1));
    state().clearPreset();
    expect(state().scenario).toBeNull();
    // "—" leaves the exercise as it is
    expect(state().dataset).toBe('xor');
    expect(state().session.learningRate).toBe(0.5);
  });

  it('a hand setup afterwards is no scenario', () => {
    state().applyPreset('relu-dead');
    state().applySetup(handSetup);
    expect(state().scenario).toBeNull();
  });

  it('xor-escapes through the store’s auto-training: leaves the plateau well before the limit', () => {
    const plateau = 0.5 * (1 - 0.5) ** 2;
    state().applyPreset('xor-escapes');
    state().startAuto();
    // the frame loop's chunks: the fast engine, and each chunk's last iteration through the session
    for (let frame = 0; frame < 100 && state().running; frame++) state().autoIterations(250);
    expect(state().stopReason).toBe('limit');
    expect(state().session.iteration + 1).toBe(AUTO_DEFAULTS.iterationLimit);
    const { iterations, losses } = state().lossHistory;
    const leaves = losses.findIndex((loss) => loss < plateau / 2);
    expect(leaves).toBeGreaterThan(0);
    expect(iterations[leaves]).toBeLessThan(AUTO_DEFAULTS.iterationLimit / 2);
    const { spec, parameters, examples } = state().session;
    expect(datasetLoss(spec, parameters, examples)).toBeLessThan(plateau / 10);
  });
});

describe('a scenario in the teacher’s link', () => {
  it('is read from ?preset= and hides with controls=… like any control', () => {
    expect(parseLinkSettings('?preset=overshoot').preset).toBe('overshoot');
    expect(parseLinkSettings('?preset=Saturated').preset).toBe('saturated');
    expect(parseLinkSettings('?preset=nope').preset).toBeUndefined();
    expect(parseLinkSettings('?preset=__proto__').preset).toBeUndefined();
    expect(EXERCISE_CONTROLS).toContain('presets');
    expect(parseLinkSettings('?controls=presets,steps').controls).toEqual(['presets', 'steps']);
  });

  it('starts the scenario, whose settings win over the link’s own, and keeps its controls', () => {
    state().applyLink({
      view: 'widget',
      projector: false,
      preset: 'relu-dead',
      learningRate: 0.01,
      activation: 'tanh',
      controls: ['steps'],
    });
    expect(state().scenario).toEqual({ id: 'relu-dead', modified: false });
    expect([state().activation, state().session.learningRate]).toEqual(['relu', 0.5]);
    expect(state().shownControls).toEqual(['steps']);
  });

  it('is written into the share link while it holds, and reopens with its own θ₀', () => {
    state().newSeed(99);
    state().applyPreset('saturated');
    const link = linkToExercise('https://example.org/', linkedExercise(state()));
    expect(new URL(link).searchParams.get('preset')).toBe('saturated');
    resetAppStore();
    state().applyLink(parseLinkSettings(new URL(link).search));
    expect(state().session.parameters).toEqual(presetSetup('saturated').parameters);
    state().setLoss('binaryCrossEntropy');
    const changed = linkToExercise('https://example.org/', linkedExercise(state()));
    expect(new URL(changed).searchParams.has('preset')).toBe(false);
  });

  it('a link without one drops a scenario chosen before', () => {
    state().applyPreset('saturated');
    state().applyLink({ view: 'lesson', projector: false, seed: 5 });
    expect(state().scenario).toBeNull();
    state().reset();
    expect(state().session.parameters).toEqual(seeded(5));
  });
});
