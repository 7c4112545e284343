import {
  EXERCISE_ACTIVATIONS,
  EXERCISE_DATASETS,
  EXERCISE_LOSSES,
  LEARNING_RATE,
  type ExerciseActivation,
  type ExerciseDataset,
  type ExerciseLoss,
} from '../core/exercise/config';
import { isPresetId, type PresetId } from '../core/exercise/presets';
import type { Language } from '../content/ui/messages';
import { languageFromTag } from '../content/ui/language-tags';

/** The page's views: the whole lesson, the exercise alone, one quiz, one lab section. */
export const VIEWS = ['lesson', 'widget', 'quiz', 'lab'] as const;
export type View = (typeof VIEWS)[number];

/** Controls of the exercise a teacher's link can hide (all are shown by default). */
export const EXERCISE_CONTROLS = [
  'presets',
  'learningRate',
  'model',
  'example',
  'steps',
  'auto',
  'start',
  'parameters',
  'shortcuts',
  'share',
] as const;
export type ExerciseControl = (typeof EXERCISE_CONTROLS)[number];

/** Numeric settings: their query key and the range a value is clamped to. */
export const LINK_RANGES = {
  eta: { minimum: LEARNING_RATE.minimum, maximum: LEARNING_RATE.wideMaximum },
  x1: { minimum: -10, maximum: 10 },
  x2: { minimum: -10, maximum: 10 },
  y: { minimum: 0, maximum: 1 },
  seed: { minimum: 0, maximum: 2_147_483_647 },
  mastery: { minimum: 0, maximum: 100 },
} as const;

/** Everything a link can set; an absent field keeps the app's own default or saved value. */
export interface LinkSettings {
  language?: Language;
  view: View;
  /** The quiz or lab section a `quiz` or `lab` view shows. */
  id?: string;
  projector: boolean;
  learningRate?: number;
  activation?: ExerciseActivation;
  loss?: ExerciseLoss;
  dataset?: ExerciseDataset;
  example?: { x1?: number; x2?: number; y?: number };
  seed?: number;
  /**
   * A scenario (core/exercise/presets.ts): it sets η, activation, loss, data, example and θ₀,
   * and the link's own keys for those are then ignored.
   */
  preset?: PresetId;
  /** The controls shown; undefined shows all of them. */
  controls?: ExerciseControl[];
  /** The SCORM pass mark in percent, used when the LMS gives none (0: no pass mark). */
  mastery?: number;
  /** The framing page's origin, the only one the score is posted to (hosts without SCORM). */
  parentOrigin?: string;
}

/** Longest query string read: anything past it is ignored, so a huge link cannot stall the page. */
const MAX_QUERY_LENGTH = 4_000;
const ID = /^[a-z0-9-]{1,64}$/;
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

function oneOf<T extends string>(choices: readonly T[], value: string | null): T | undefined {
  return value !== null && (choices as readonly string[]).includes(value)
    ? (value as T)
    : undefined;
}

/** A finite number clamped into `range`; undefined for anything that is not a plain number. */
function clamped(value: string | null, range: { minimum: number; maximum: number }) {
  const text = value?.trim().replace(',', '.');
  if (!text || !NUMBER.test(text)) return undefined;
  const number = Number(text);
  if (Number.isNaN(number)) return undefined;
  return Math.min(range.maximum, Math.max(range.minimum, number));
}

function controlsFrom(value: string | null): ExerciseControl[] | undefined {
  if (value === null) return undefined;
  const names = value.split(',').map((name) => name.trim());
  return EXERCISE_CONTROLS.filter((control) => names.includes(control));
}

/**
 * Reads a teacher's link against the schema above: each key's first value, enums checked,
 * numbers clamped to their range, unknown keys ignored. Never throws; the result is built field by
 * field, so keys such as `__proto__` in the link cannot reach any object's prototype.
 */
export function parseLinkSettings(search: string): LinkSettings {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(String(search).slice(0, MAX_QUERY_LENGTH));
  } catch {
    return { view: 'lesson', projector: false };
  }
  const get = (key: string) => params.get(key);
  const view = oneOf(VIEWS, get('view')) ?? 'lesson';
  const id = get('id')?.trim().toLowerCase();
  const settings: LinkSettings = { view, projector: get('mode') === 'projector' };
  const language = languageFromTag(get('lang'));
  if (language) settings.language = language;
  if ((view === 'quiz' || view === 'lab') && id && ID.test(id)) settings.id = id;
  const learningRate = clamped(get('eta'), LINK_RANGES.eta);
  if (learningRate !== undefined) settings.learningRate = learningRate;
  const activation = oneOf(EXERCISE_ACTIVATIONS, get('activation'));
  if (activation) settings.activation = activation;
  const loss = oneOf(EXERCISE_LOSSES, get('loss'));
  if (loss) settings.loss = loss;
  const dataset = oneOf(EXERCISE_DATASETS, get('example'));
  if (dataset) settings.dataset = dataset;
  const x1 = clamped(get('x1'), LINK_RANGES.x1);
  const x2 = clamped(get('x2'), LINK_RANGES.x2);
  const y = clamped(get('y'), LINK_RANGES.y);
  if (x1 !== undefined || x2 !== undefined || y !== undefined) settings.example = { x1, x2, y };
  const seed = clamped(get('seed'), LINK_RANGES.seed);
  if (seed !== undefined) settings.seed = Math.round(seed);
  const preset = get('preset')?.trim().toLowerCase();
  if (isPresetId(preset)) settings.preset = preset;
  const controls = controlsFrom(get('controls'));
  if (controls) settings.controls = controls;
  const mastery = clamped(get('mastery'), LINK_RANGES.mastery);
  if (mastery !== undefined) settings.mastery = mastery;
  const parentOrigin = originFrom(get('parent'));
  if (parentOrigin) settings.parentOrigin = parentOrigin;
  return settings;
}

/** An http(s) origin written as such ("https://lms.example.edu"), else undefined. */
export function originFrom(value: string | null): string | undefined {
  if (!value || value.length > 200) return undefined;
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    return url.origin === value.replace(/\/$/, '') ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/** The exercise's state a link carries. */
export interface LinkedExercise {
  language: Language;
  learningRate: number;
  activation: ExerciseActivation;
  loss: ExerciseLoss;
  dataset: ExerciseDataset;
  lessonExample: { input: readonly number[]; target: readonly number[] };
  seed: number;
  /** The scenario the exercise is in, when it was chosen and nothing changed since. */
  preset?: PresetId;
}

/** What a link carries of the app's state: the settings, and η from the session that holds it. */
export function linkedExercise(
  state: Omit<LinkedExercise, 'learningRate' | 'preset'> & {
    session: { learningRate: number };
    scenario?: { id: PresetId; modified: boolean } | null;
  },
): LinkedExercise {
  const { language, activation, loss, dataset, lessonExample, seed, scenario } = state;
  const linked: LinkedExercise = {
    language,
    learningRate: state.session.learningRate,
    activation,
    loss,
    dataset,
    lessonExample,
    seed,
  };
  if (scenario && !scenario.modified) linked.preset = scenario.id;
  return linked;
}

/**
 * A link to `base` (the page's address without its query) that reopens the exercise as it is
 * now; `extra` adds view, mode or controls. Numbers are written in full precision.
 */
export function linkToExercise(
  base: string,
  state: LinkedExercise,
  extra: Partial<Pick<LinkSettings, 'view' | 'id' | 'projector' | 'controls'>> = {},
): string {
  const params = new URLSearchParams();
  params.set('lang', state.language);
  if (extra.view && extra.view !== 'lesson') params.set('view', extra.view);
  if (extra.id) params.set('id', extra.id);
  if (extra.projector) params.set('mode', 'projector');
  params.set('eta', String(state.learningRate));
  params.set('activation', state.activation);
  params.set('loss', state.loss);
  params.set('example', state.dataset);
  if (state.dataset === 'lesson') {
    params.set('x1', String(state.lessonExample.input[0] ?? 0));
    params.set('x2', String(state.lessonExample.input[1] ?? 0));
    params.set('y', String(state.lessonExample.target[0] ?? 0));
  }
  params.set('seed', String(state.seed));
  // the scenario's own θ₀ may not come from any seed: the link names it
  if (state.preset) params.set('preset', state.preset);
  if (extra.controls) params.set('controls', extra.controls.join(','));
  return `${base}?${params.toString()}`;
}
