import { ConfigurationError } from '../errors';
import type { Example, NetworkParameters } from '../types';
import type { ExerciseActivation, ExerciseDataset, ExerciseLoss } from './config';
import { LESSON_EXAMPLE_DEFAULT } from './data';

/** Everything a fresh run of the exercise starts from: its settings and θ₀. */
export interface ExerciseSetup {
  dataset: ExerciseDataset;
  activation: ExerciseActivation;
  loss: ExerciseLoss;
  learningRate: number;
  /** The seed θ₀ is drawn from when `parameters` is absent; absent: the current seed. */
  seed?: number;
  /** θ₀ written out (2–2–1 shape); absent: drawn from the seed, as "Nova semente" draws it. */
  parameters?: NetworkParameters;
  /** The 'lesson' data's single example; absent: the learner's current one. */
  lessonExample?: Example;
}

/** The scenarios ("Cenários"), in the order the picker lists them. */
export const PRESET_IDS = [
  'xor-escapes',
  'relu-active',
  'relu-dead',
  'overshoot',
  'saturated',
] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export interface ExercisePreset {
  id: PresetId;
  setup: ExerciseSetup;
}

/** The lesson's example, x = (1, 0.5), y = 1, as its own copy. */
const lessonExample = (): Example => ({
  input: [...LESSON_EXAMPLE_DEFAULT.input],
  target: [...LESSON_EXAMPLE_DEFAULT.target],
});

/**
 * Starts that make each of the lesson's reflections show within the default limits (10,000
 * iterations). The seeds and numbers were chosen by running the core; tests/core/exercise/
 * presets.test.ts checks each claim the scenarios' descriptions make.
 */
export const EXERCISE_PRESETS: readonly ExercisePreset[] = [
  {
    // J(θ) sits near 0.125 (ŷ ≈ ½ everywhere) until about t = 3,000, then falls; at η = 0.1 and
    // seed 42 that plateau lasts about 20,000 iterations
    id: 'xor-escapes',
    setup: {
      dataset: 'xor',
      activation: 'sigmoid',
      loss: 'halfSquaredError',
      learningRate: 0.5,
      seed: 1,
    },
  },
  {
    // z₁ ≈ 1.17 and z₂ ≈ 1.63 on the lesson's example, and both stay positive while it trains
    id: 'relu-active',
    setup: {
      dataset: 'lesson',
      activation: 'relu',
      loss: 'halfSquaredError',
      learningRate: 0.1,
      seed: 227,
      lessonExample: lessonExample(),
    },
  },
  {
    // the default seed: z₁ ∈ [−0.75, −0.45] on all four XOR points, so unit 1 never moves
    id: 'relu-dead',
    setup: {
      dataset: 'xor',
      activation: 'relu',
      loss: 'halfSquaredError',
      learningRate: 0.5,
      seed: 42,
    },
  },
  {
    // one step takes ŷ from ≈ 0.385 to ≈ 1.6·10⁻⁶: ℓ rises from ≈ 0.95 to ≈ 13.3
    id: 'overshoot',
    setup: {
      dataset: 'lesson',
      activation: 'tanh',
      loss: 'binaryCrossEntropy',
      learningRate: 50,
      seed: 0,
      lessonExample: lessonExample(),
    },
  },
  {
    // z = (1, 0.5), a ≈ (0.731, 0.622), z_o = −4·(a₁ + a₂) − 2 ≈ −7.41, ŷ ≈ 6.0·10⁻⁴
    id: 'saturated',
    setup: {
      dataset: 'lesson',
      activation: 'sigmoid',
      loss: 'halfSquaredError',
      learningRate: 0.1,
      parameters: [
        {
          weights: [
            [1, 0],
            [0, 1],
          ],
          biases: [0, 0],
        },
        { weights: [[-4, -4]], biases: [-2] },
      ],
      lessonExample: lessonExample(),
    },
  },
];

/** True when `value` names a scenario. */
export function isPresetId(value: unknown): value is PresetId {
  return typeof value === 'string' && (PRESET_IDS as readonly string[]).includes(value);
}

/** The scenario named `id`. */
export function presetSetup(id: PresetId): ExerciseSetup {
  const preset = EXERCISE_PRESETS.find((entry) => entry.id === id);
  // EXERCISE_PRESETS has one entry per PresetId (tests/core/exercise/presets.test.ts)
  if (!preset) throw new ConfigurationError('preset', `no scenario '${String(id)}'`);
  return preset.setup;
}
