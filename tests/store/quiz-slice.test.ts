import { beforeEach, describe, expect, it } from 'vitest';
import { readAnswers } from '../../src/store/quiz-answers';
import { countProgress, lessonProgress, quizzesIn } from '../../src/store/quiz-progress';
import { isCorrectChoice, isValidChoice, optionVerdicts } from '../../src/store/quiz-scoring';
import { resetAppStore, useAppStore } from '../../src/store/store';
import {
  paragraph,
  quizLesson,
  saturating,
  text,
  whyBackwards,
} from '../components/lesson/lesson-fixture';

const state = () => useAppStore.getState();

beforeEach(() => {
  resetAppStore();
  localStorage.clear();
});

describe('quiz scoring', () => {
  it('counts a single-answer quiz correct only for its one right option', () => {
    expect(isCorrectChoice(whyBackwards, [1])).toBe(true);
    expect(isCorrectChoice(whyBackwards, [0])).toBe(false);
    expect(isCorrectChoice(whyBackwards, [0, 1])).toBe(false);
    expect(isCorrectChoice(whyBackwards, [])).toBe(false);
  });

  it('counts a multiple-answer quiz correct only for exactly the right set', () => {
    expect(isCorrectChoice(saturating, [0, 1])).toBe(true);
    expect(isCorrectChoice(saturating, [1, 0])).toBe(true);
    expect(isCorrectChoice(saturating, [0])).toBe(false); // one missing
    expect(isCorrectChoice(saturating, [0, 1, 2])).toBe(false); // one too many
    expect(isCorrectChoice(saturating, [2])).toBe(false);
    expect(isCorrectChoice(saturating, [0, 1, 3])).toBe(false); // out of range
  });

  it('refuses attempts that cannot belong to the quiz', () => {
    expect(isValidChoice(whyBackwards, [0, 2])).toBe(false);
    expect(isValidChoice(whyBackwards, [3])).toBe(false);
    expect(isValidChoice(whyBackwards, [-1])).toBe(false);
    expect(isValidChoice(saturating, [0, 2])).toBe(true);
  });

  it('gives every option its verdict', () => {
    expect(optionVerdicts(saturating, [0, 2])).toEqual(['correct', 'missed', 'incorrect']);
    expect(optionVerdicts(whyBackwards, [1])).toEqual([null, 'correct', null]);
  });
});

describe('the quiz slice', () => {
  it('keeps the latest attempt only', () => {
    state().answer('q-3-1', [0], false);
    state().answer('q-3-1', [1], true);
    expect(state().answers).toEqual({ 'q-3-1': { chosen: [1], correct: true } });
  });

  it('stores the choice sorted and without repeats, and refuses bad ids or choices', () => {
    state().answer('q-10-1', [1, 0, 1], true);
    expect(state().answers['q-10-1']?.chosen).toEqual([0, 1]);
    state().answer('__proto__', [0], true);
    state().answer('q-1-1', [-1], true);
    state().answer('q-1-2', [], true);
    state().answer('q-1-3', [0.5], true);
    expect(Object.keys(state().answers)).toEqual(['q-10-1']);
    expect(Object.getPrototypeOf(state().answers)).toBe(Object.prototype);
  });

  it('forgets one quiz on retry and every quiz on reset', () => {
    state().answer('q-3-1', [1], true);
    state().answer('q-10-1', [0], false);
    state().retry('q-3-1');
    expect(Object.keys(state().answers)).toEqual(['q-10-1']);
    state().resetProgress();
    expect(state().answers).toEqual({});
  });
});

describe('progress selectors', () => {
  it('find quizzes nested in callouts, quotes and lists', () => {
    const blocks = [
      paragraph(text('x')),
      {
        type: 'callout' as const,
        kind: 'question',
        title: null,
        collapsible: null,
        children: [{ type: 'quiz' as const, quiz: whyBackwards }],
      },
      {
        type: 'list' as const,
        ordered: false,
        start: null,
        items: [[{ type: 'quiz' as const, quiz: saturating }]],
      },
    ];
    expect(quizzesIn(blocks).map((quiz) => quiz.id)).toEqual(['q-3-1', 'q-10-1']);
  });

  it('count answered and correct by section and overall, scoring again against the quiz', () => {
    expect(lessonProgress(quizLesson, {})).toMatchObject({
      total: 2,
      answered: 0,
      correct: 0,
      percent: 0,
    });
    const answers = {
      'q-3-1': { chosen: [1], correct: true },
      // a stale "correct" flag is not trusted: [0] is wrong for this quiz
      'q-10-1': { chosen: [0], correct: true },
      'q-99-1': { chosen: [0], correct: true },
    };
    const progress = lessonProgress(quizLesson, answers);
    expect(progress).toMatchObject({ total: 2, answered: 2, correct: 1, percent: 50 });
    expect(progress.sections).toEqual([
      {
        id: 'o-backpropagation',
        titleText: 'O Backpropagation',
        total: 1,
        answered: 1,
        correct: 1,
      },
      {
        id: 'funcoes-de-ativacao',
        titleText: 'Funções de ativação',
        total: 1,
        answered: 1,
        correct: 0,
      },
    ]);
  });

  it('ignore an answer that no longer fits the quiz', () => {
    expect(countProgress([whyBackwards], { 'q-3-1': { chosen: [7], correct: true } })).toEqual({
      total: 1,
      answered: 0,
      correct: 0,
    });
  });
});

describe('reading answers back', () => {
  it('keeps valid entries and drops the rest', () => {
    const { answers, dropped } = readAnswers({
      'q-1-1': { chosen: [2, 0], correct: false },
      'q-1-2': { chosen: ['0'], correct: true },
      'q-1-3': { chosen: [1], correct: 'yes' },
      'q-1-4': { chosen: [1e9], correct: true },
      'q 1 5': { chosen: [1], correct: true },
      'q-1-6': null,
    });
    expect(answers).toEqual({ 'q-1-1': { chosen: [0, 2], correct: false } });
    expect(dropped).toBe(5);
  });

  it('treats a non-object as one dropped entry', () => {
    expect(readAnswers([1, 2])).toEqual({ answers: {}, dropped: 1 });
    expect(readAnswers(undefined)).toEqual({ answers: {}, dropped: 0 });
  });
});
