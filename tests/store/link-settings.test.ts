import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  EXERCISE_ACTIVATIONS,
  EXERCISE_DATASETS,
  EXERCISE_LOSSES,
} from '../../src/core/exercise/config';
import { initializeParameters } from '../../src/core/training/initialization';
import {
  EXERCISE_CONTROLS,
  LINK_RANGES,
  linkedExercise,
  linkToExercise,
  parseLinkSettings,
  VIEWS,
} from '../../src/store/link-settings';
import { resetAppStore, useAppStore } from '../../src/store/store';
import { edgeNumber, garbageString, prototypeIsClean, prototypeSnapshot } from './fuzz-arbitraries';

const state = () => useAppStore.getState();
beforeEach(() => resetAppStore());

const within = (value: number | undefined, range: { minimum: number; maximum: number }) =>
  value === undefined || (value >= range.minimum && value <= range.maximum);

describe('a teacher’s link', () => {
  it('reads every setting of the schema', () => {
    const link = parseLinkSettings(
      '?lang=en&view=widget&mode=projector&eta=0.5&activation=relu&loss=binaryCrossEntropy' +
        '&example=lesson&x1=2&x2=-1&y=0&seed=7&controls=steps,learningRate,nope',
    );
    expect(link).toEqual({
      language: 'en',
      view: 'widget',
      projector: true,
      learningRate: 0.5,
      activation: 'relu',
      loss: 'binaryCrossEntropy',
      dataset: 'lesson',
      example: { x1: 2, x2: -1, y: 0 },
      seed: 7,
      controls: ['learningRate', 'steps'],
    });
  });

  it('clamps numbers to their range and ignores unknown values and keys', () => {
    const link = parseLinkSettings('?eta=1e9&x1=-1e400&y=7&seed=-3&activation=swish&foo=1&view=x');
    expect(link.learningRate).toBe(LINK_RANGES.eta.maximum);
    expect(link.example).toEqual({ x1: LINK_RANGES.x1.minimum, x2: undefined, y: 1 });
    expect(link.seed).toBe(0);
    expect(link.activation).toBeUndefined();
    expect(link.view).toBe('lesson');
    expect(parseLinkSettings('?eta=abc&eta=0.3').learningRate).toBeUndefined();
    expect(parseLinkSettings('?eta=0,3').learningRate).toBe(0.3);
  });

  it('reads the SCORM pass mark in percent, clamped to 0–100', () => {
    expect(parseLinkSettings('?mastery=80').mastery).toBe(80);
    expect(parseLinkSettings('?mastery=62,5').mastery).toBe(62.5);
    expect(parseLinkSettings('?mastery=150').mastery).toBe(100);
    expect(parseLinkSettings('?mastery=-1').mastery).toBe(0);
    expect(parseLinkSettings('?mastery=high').mastery).toBeUndefined();
    expect(parseLinkSettings('?view=lesson').mastery).toBeUndefined();
  });

  it('keeps an id only for the quiz and lab views, in its safe alphabet', () => {
    expect(parseLinkSettings('?view=quiz&id=q-3-1').id).toBe('q-3-1');
    expect(parseLinkSettings('?view=lab&id=Schedules').id).toBe('schedules');
    expect(parseLinkSettings('?view=lab&id=<script>').id).toBeUndefined();
    expect(parseLinkSettings('?view=widget&id=q-3-1').id).toBeUndefined();
  });

  it('round-trips the exercise through the link and back into the store', () => {
    const store = state();
    store.applyLink({
      view: 'lesson',
      projector: false,
      learningRate: 2.5,
      activation: 'tanh',
      loss: 'binaryCrossEntropy',
      dataset: 'xor',
      seed: 123,
    });
    const link = linkToExercise('https://example.org/lab/', linkedExercise(state()));
    resetAppStore();
    state().applyLink(parseLinkSettings(new URL(link).search));
    const after = state();
    expect(after.session.learningRate).toBe(2.5);
    expect(after.wideLearningRate).toBe(true);
    expect([after.activation, after.loss, after.dataset, after.seed]).toEqual([
      'tanh',
      'binaryCrossEntropy',
      'xor',
      123,
    ]);
    // the weights are the seed's, as "Nova semente" would give them
    const seeded = initializeParameters(after.session.spec, { scheme: 'uniform', seed: 123 });
    expect(after.session.parameters).toEqual(seeded);
    expect(after.session.iteration).toBe(0);
    expect(after.notice).toBeNull();
  });

  it('carries the lesson example’s numbers', () => {
    state().applyLink({ view: 'lesson', projector: false, example: { x1: 0.25, y: 0 } });
    expect(state().lessonExample).toEqual({ input: [0.25, 0.5], target: [0] });
    const link = new URL(
      linkToExercise('http://localhost/', linkedExercise(state()), { view: 'widget' }),
    );
    expect(link.searchParams.get('x1')).toBe('0.25');
    expect(link.searchParams.get('view')).toBe('widget');
  });

  it('never throws, keeps every setting in range and every prototype clean (1,000 links)', () => {
    const before = prototypeSnapshot();
    const keys = fc.oneof(
      fc.constantFrom(
        'lang',
        'view',
        'id',
        'mode',
        'eta',
        'activation',
        'loss',
        'example',
        'x1',
        'x2',
        'y',
        'seed',
        'controls',
        'mastery',
        '__proto__',
        'constructor',
        'prototype',
      ),
      garbageString,
    );
    const values = fc.oneof(
      fc.constantFrom(...VIEWS, ...EXERCISE_ACTIVATIONS, ...EXERCISE_LOSSES, ...EXERCISE_DATASETS),
      fc.constantFrom('projector', 'en', 'pt-BR', EXERCISE_CONTROLS.join(','), '', '1e999', '-0'),
      edgeNumber.map(String),
      garbageString,
      fc.string({ maxLength: 3000 }),
    );
    const search = fc
      .array(fc.tuple(keys, values), { maxLength: 12 })
      .map(
        (pairs) =>
          `?${pairs.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&')}`,
      );
    fc.assert(
      fc.property(search, (query) => {
        const link = parseLinkSettings(query);
        expect(VIEWS).toContain(link.view);
        expect(within(link.learningRate, LINK_RANGES.eta)).toBe(true);
        expect(within(link.example?.x1, LINK_RANGES.x1)).toBe(true);
        expect(within(link.example?.x2, LINK_RANGES.x2)).toBe(true);
        expect(within(link.example?.y, LINK_RANGES.y)).toBe(true);
        expect(within(link.seed, LINK_RANGES.seed)).toBe(true);
        if (link.seed !== undefined) expect(Number.isInteger(link.seed)).toBe(true);
        expect(within(link.mastery, LINK_RANGES.mastery)).toBe(true);
        for (const control of link.controls ?? []) expect(EXERCISE_CONTROLS).toContain(control);
        state().applyLink(link);
        expect(Number.isFinite(state().session.learningRate)).toBe(true);
        expect(prototypeIsClean(before)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
