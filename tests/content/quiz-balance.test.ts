// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inlineText } from '../../src/content/lesson/inline-text';
import type { Block, ChoiceQuiz, NumericQuiz, Quiz } from '../../src/content/lesson/lesson-types';
import { parseLesson } from '../../src/content/lesson/loader/parse-lesson';
import { lessonQuizzes } from '../../src/progress/lesson-quizzes';

/**
 * The lesson's quizzes give no cue away by their shape: single-answer keys spread over the
 * positions and are not usually the longest option, some multiple-answer quizzes end on a correct
 * option, and there are enough numeric and spot-the-bug items. Every count comes from the parsed
 * lesson files, in both languages.
 */
const FILES = {
  'pt-BR': 'src/content/lesson/lesson.pt-BR.md',
  en: 'src/content/lesson/lesson.en.md',
} as const;
type Language = keyof typeof FILES;

const quizzesOf = (language: Language): Quiz[] =>
  lessonQuizzes(parseLesson(readFileSync(FILES[language], 'utf8')).lesson);

const choices = (quizzes: Quiz[]): ChoiceQuiz[] =>
  quizzes.filter((quiz): quiz is ChoiceQuiz => quiz.kind === 'choice');
const singleAnswer = (quizzes: Quiz[]) => choices(quizzes).filter((quiz) => !quiz.multiple);
const multipleAnswer = (quizzes: Quiz[]) => choices(quizzes).filter((quiz) => quiz.multiple);

/** The 1-based position of a single-answer quiz's key. */
const keyPosition = (quiz: ChoiceQuiz): number =>
  quiz.options.findIndex((option) => option.correct) + 1;

/** True when the key is strictly longer (as plain text) than every other option. */
function keyIsLongest(quiz: ChoiceQuiz): boolean {
  const lengths = quiz.options.map((option) => inlineText(option.content).trim().length);
  const key = lengths[keyPosition(quiz) - 1] ?? 0;
  return lengths.every((length, index) => index === keyPosition(quiz) - 1 || length < key);
}

/** A spot-the-bug item: a choice quiz whose question holds a fenced code block. */
function hasCodeBlock(blocks: readonly Block[]): boolean {
  return blocks.some((block) => {
    switch (block.type) {
      case 'code':
        return true;
      case 'callout':
      case 'blockquote':
        return hasCodeBlock(block.children);
      case 'list':
        return block.items.some((item) => hasCodeBlock(item));
      default:
        return false;
    }
  });
}

describe.each(Object.keys(FILES) as Language[])('the quizzes of the %s lesson', (language) => {
  const quizzes = quizzesOf(language);
  const single = singleAnswer(quizzes);

  it('spread single-answer keys over positions 1–4, none holding more than half', () => {
    const counts = new Map<number, number>();
    for (const quiz of single) {
      const position = keyPosition(quiz);
      counts.set(position, (counts.get(position) ?? 0) + 1);
    }
    expect(single.length).toBeGreaterThanOrEqual(12);
    for (const position of [1, 2, 3, 4]) expect(counts.get(position) ?? 0).toBeGreaterThan(0);
    for (const count of counts.values()) expect(count).toBeLessThanOrEqual(single.length / 2);
  });

  it('make the key the longest option in at most 40 % of single-answer quizzes', () => {
    const longest = single.filter(keyIsLongest);
    expect(longest.length).toBeLessThanOrEqual(0.4 * single.length);
  });

  it('end at least one multiple-answer quiz of 5+ options on a correct option', () => {
    const endsCorrect = multipleAnswer(quizzes).filter(
      (quiz) => quiz.options.length >= 5 && quiz.options[quiz.options.length - 1]?.correct,
    );
    expect(endsCorrect.length).toBeGreaterThanOrEqual(1);
  });

  it('hold at least 6 numeric items and 3 spot-the-bug items', () => {
    expect(quizzes.filter((quiz) => quiz.kind === 'numeric').length).toBeGreaterThanOrEqual(6);
    const bugs = choices(quizzes).filter((quiz) => hasCodeBlock(quiz.question));
    expect(bugs.length).toBeGreaterThanOrEqual(3);
  });
});

describe('pt-BR and English quizzes', () => {
  const reference = quizzesOf('pt-BR');
  const english = quizzesOf('en');

  /** What must match across languages: id, kind, key positions, option count, tolerance. */
  const shape = (quiz: Quiz) =>
    quiz.kind === 'choice'
      ? {
          id: quiz.id,
          kind: quiz.kind,
          options: quiz.options.length,
          keys: quiz.options.flatMap((option, index) => (option.correct ? [index + 1] : [])),
          codeInQuestion: hasCodeBlock(quiz.question),
        }
      : {
          id: quiz.id,
          kind: quiz.kind,
          value: (quiz as NumericQuiz).value,
          tolerance: (quiz as NumericQuiz).tolerance,
          unit: (quiz as NumericQuiz).unit,
        };

  it('have the same ids in the same order', () => {
    expect(english.map((quiz) => quiz.id)).toEqual(reference.map((quiz) => quiz.id));
  });

  it('have the same key positions, values and tolerances', () => {
    expect(english.map(shape)).toEqual(reference.map(shape));
  });
});
