import { beforeEach, describe, expect, it } from 'vitest';
import type { QuizAnswer, QuizAnswers } from '../../src/progress/answers';
import { readAnswers } from '../../src/progress/encoders/stored-answers';
import {
  isCorrectChoice,
  isValidChoice,
  optionVerdicts,
} from '../../src/progress/kinds/choice/score';
import { countProgress, lessonProgress } from '../../src/progress/lesson-progress';
import { quizzesIn } from '../../src/progress/lesson-quizzes';
import { selectProgress } from '../../src/store/quiz-slice';
import { resetAppStore, useAppStore } from '../../src/store/store';
import {
  choose,
  numericQuiz,
  paragraph,
  quizLesson,
  saturating,
  text,
  typeNumber,
  whyBackwards,
} from '../fixtures/lesson-fixture';

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
  it('keeps the latest attempt only, scored by the domain', () => {
    choose(whyBackwards, 0);
    expect(state().answers).toEqual({
      'why-backwards': { kind: 'choice', chosen: [0], correct: false },
    });
    choose(whyBackwards, 1);
    expect(state().answers).toEqual({
      'why-backwards': { kind: 'choice', chosen: [1], correct: true },
    });
  });

  it('stores the choice sorted and without repeats', () => {
    choose(saturating, 1, 0, 1);
    expect(state().answers['vanishing-claims']).toEqual({
      kind: 'choice',
      chosen: [0, 1],
      correct: true,
    });
  });

  it('refuses bad ids and choices that are no attempt at the quiz', () => {
    choose(saturating, 1, 0);
    const before = state().answers;
    state().answer({ ...whyBackwards, id: '__proto__' }, { kind: 'choice', chosen: [1] });
    state().answer({ ...whyBackwards, id: 'q 1 1' }, { kind: 'choice', chosen: [1] });
    choose(whyBackwards, -1);
    choose(whyBackwards); // nothing ticked
    choose(whyBackwards, 0.5);
    choose(whyBackwards, 3); // past the last option
    choose(whyBackwards, 0, 1); // two options of a single-answer quiz
    expect(state().answers).toBe(before);
    expect(Object.keys(state().answers)).toEqual(['vanishing-claims']);
    expect(Object.getPrototypeOf(state().answers)).toBe(Object.prototype);
  });

  it('scores a numeric answer right within the tolerance and wrong outside it', () => {
    const slope = numericQuiz('sigmoid-slope-from-output', 'σ′(z)?', 0.16, {
      type: 'absolute',
      amount: 0.001,
    });
    typeNumber(slope, 0.1609);
    expect(state().answers[slope.id]).toEqual({ kind: 'numeric', value: 0.1609, correct: true });
    typeNumber(slope, 0.159);
    expect(state().answers[slope.id]).toEqual({ kind: 'numeric', value: 0.159, correct: true });
    typeNumber(slope, 0.1611);
    expect(state().answers[slope.id]).toEqual({ kind: 'numeric', value: 0.1611, correct: false });
    typeNumber(slope, -0.16);
    expect(state().answers[slope.id]?.correct).toBe(false);
    // a relative tolerance scales with the value: 2 % of 250 is 5
    const time = numericQuiz('epochs', 'Quantas épocas?', 250, { type: 'relative', amount: 0.02 });
    typeNumber(time, 255);
    expect(state().answers.epochs?.correct).toBe(true);
    typeNumber(time, 255.5);
    expect(state().answers.epochs?.correct).toBe(false);
  });

  it('ignores a response whose kind does not match the quiz, or a number that is not finite', () => {
    const slope = numericQuiz('sigmoid-slope-from-output', 'σ′(z)?', 0.16);
    typeNumber(slope, 0.16);
    const before = state().answers;
    state().answer(slope, { kind: 'choice', chosen: [0] });
    state().answer(whyBackwards, { kind: 'numeric', value: 1 });
    typeNumber(slope, Number.NaN);
    typeNumber(slope, Number.POSITIVE_INFINITY);
    expect(state().answers).toBe(before);
    expect(state().answers).toEqual({
      'sigmoid-slope-from-output': { kind: 'numeric', value: 0.16, correct: true },
    });
  });

  it('forgets one quiz on retry and every quiz on reset', () => {
    choose(whyBackwards, 1);
    choose(saturating, 0);
    state().retry('why-backwards');
    expect(Object.keys(state().answers)).toEqual(['vanishing-claims']);
    state().retry('not-answered'); // nothing to forget
    expect(Object.keys(state().answers)).toEqual(['vanishing-claims']);
    state().resetProgress();
    expect(state().answers).toEqual({});
  });

  it('keeps every answer on reset inside an LMS, where the attempt is the LMS’s', () => {
    useAppStore.setState({ progressHome: { kind: 'lms', name: 'Moodle', review: false } });
    choose(whyBackwards, 1);
    state().resetProgress();
    expect(Object.keys(state().answers)).toEqual(['why-backwards']);
  });
});

describe('"Concluir e enviar nota" (submitAttempt)', () => {
  it('closes the attempt inside an LMS, and only once', () => {
    useAppStore.setState({ progressHome: { kind: 'lms', name: null, review: false } });
    choose(whyBackwards, 1);
    state().submitAttempt();
    expect(state().submitted).toBe(true);
    expect(selectProgress(state())).toEqual({
      language: 'pt-BR',
      answers: { 'why-backwards': { kind: 'choice', chosen: [1], correct: true } },
      challengesCompleted: {},
      submitted: true,
      attempt: state().attempt,
    });
    const before = state();
    state().submitAttempt();
    expect(state()).toBe(before);
  });

  it('does nothing outside an LMS, in memory only, or in review mode', () => {
    for (const progressHome of [
      { kind: 'browser' } as const,
      { kind: 'memory' } as const,
      { kind: 'lms', name: 'Moodle', review: true } as const,
    ]) {
      resetAppStore();
      useAppStore.setState({ progressHome });
      choose(whyBackwards, 1);
      state().submitAttempt();
      expect(state().submitted).toBe(false);
    }
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
    expect(quizzesIn(blocks).map((quiz) => quiz.id)).toEqual(['why-backwards', 'vanishing-claims']);
  });

  it('count answered and correct by section and overall, scoring again against the quiz', () => {
    expect(lessonProgress(quizLesson, {})).toMatchObject({
      total: 2,
      answered: 0,
      correct: 0,
      percent: 0,
    });
    const answers: QuizAnswers = {
      'why-backwards': { kind: 'choice', chosen: [1], correct: true },
      // a stale "correct" flag is not trusted: [0] is wrong for this quiz
      'vanishing-claims': { kind: 'choice', chosen: [0], correct: true },
      'not-in-lesson': { kind: 'choice', chosen: [0], correct: true },
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
    const outOfRange: QuizAnswer = { kind: 'choice', chosen: [7], correct: true };
    expect(countProgress([whyBackwards], { 'why-backwards': outOfRange })).toEqual({
      total: 1,
      answered: 0,
      correct: 0,
    });
    // nor one of another kind: a number saved for what is now a choice quiz
    const number: QuizAnswer = { kind: 'numeric', value: 1, correct: true };
    expect(countProgress([whyBackwards], { 'why-backwards': number })).toEqual({
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
    // saved before quiz kinds existed, without "kind": a choice
    expect(answers).toEqual({ 'q-1-1': { kind: 'choice', chosen: [0, 2], correct: false } });
    expect(dropped).toBe(5);
  });

  it('reads numeric answers, and drops a kind it does not know or a number that is not one', () => {
    const { answers, dropped } = readAnswers({
      slope: { kind: 'numeric', value: 0.16, correct: true },
      picked: { kind: 'choice', chosen: [1], correct: false },
      text: { kind: 'numeric', value: '0.16', correct: true },
      blank: { kind: 'numeric', value: null, correct: true },
      other: { kind: 'essay', text: 'x', correct: true },
      proto: { kind: '__proto__', chosen: [0], correct: true },
    });
    expect(answers).toEqual({
      slope: { kind: 'numeric', value: 0.16, correct: true },
      picked: { kind: 'choice', chosen: [1], correct: false },
    });
    expect(dropped).toBe(4);
  });

  it('treats a non-object as one dropped entry', () => {
    expect(readAnswers([1, 2])).toEqual({ answers: {}, dropped: 1 });
    expect(readAnswers(undefined)).toEqual({ answers: {}, dropped: 0 });
  });
});
