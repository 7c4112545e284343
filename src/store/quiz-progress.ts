import type { Block, Lesson, Quiz } from '../content/lesson/lesson-types';
import { CHALLENGE_IDS } from '../core/lab/challenges';
import { completedChallenges, type ChallengeRecords } from '../core/lab/challenges-records';
import { isCorrectChoice, isValidChoice } from './quiz-scoring';
import type { QuizAnswers } from './quiz-slice';

/** Counts for a group of quizzes. */
export interface ProgressCounts {
  total: number;
  answered: number;
  correct: number;
}

export interface SectionProgress extends ProgressCounts {
  id: string;
  titleText: string;
}

export interface LessonProgress extends ProgressCounts {
  /** Correct answers as a whole percentage of all the lesson's quizzes. */
  percent: number;
  /** One row per section that has quizzes, in lesson order. */
  sections: SectionProgress[];
}

/** Every quiz within `blocks`, including those inside callouts, quotes and lists, in order. */
export function quizzesIn(blocks: readonly Block[]): Quiz[] {
  return blocks.flatMap((block): Quiz[] => {
    switch (block.type) {
      case 'quiz':
        return [block.quiz];
      case 'callout':
      case 'blockquote':
        return quizzesIn(block.children);
      case 'list':
        return block.items.flatMap((item) => quizzesIn(item));
      default:
        return [];
    }
  });
}

/** Every quiz of the lesson, in order. */
export function lessonQuizzes(lesson: Lesson): Quiz[] {
  return [...quizzesIn(lesson.preamble), ...lesson.sections.flatMap((s) => quizzesIn(s.blocks))];
}

/**
 * Counts over `quizzes`. An answer counts when it is a valid attempt at that quiz as it is now, and
 * its correctness is scored again against the quiz, so an edited quiz never shows a stale result.
 */
export function countProgress(quizzes: readonly Quiz[], answers: QuizAnswers): ProgressCounts {
  let answered = 0;
  let correct = 0;
  for (const quiz of quizzes) {
    const chosen = Object.hasOwn(answers, quiz.id) ? answers[quiz.id]?.chosen : undefined;
    if (!chosen || !isValidChoice(quiz, chosen)) continue;
    answered++;
    if (isCorrectChoice(quiz, chosen)) correct++;
  }
  return { total: quizzes.length, answered, correct };
}

/** The progress panel's numbers: the whole lesson (preamble included) and each section. */
export function lessonProgress(lesson: Lesson, answers: QuizAnswers): LessonProgress {
  const sections = lesson.sections
    .map((section) => ({
      id: section.id,
      titleText: section.titleText,
      ...countProgress(quizzesIn(section.blocks), answers),
    }))
    .filter((section) => section.total > 0);
  const all = [
    ...quizzesIn(lesson.preamble),
    ...lesson.sections.flatMap((s) => quizzesIn(s.blocks)),
  ];
  const totals = countProgress(all, answers);
  const percent = totals.total === 0 ? 0 : Math.round((100 * totals.correct) / totals.total);
  return { ...totals, percent, sections };
}

/** The lab's challenges on the exercise, counted beside the quizzes: how many are met, of how many. */
export function challengeProgress(records: ChallengeRecords): { completed: number; total: number } {
  return { completed: completedChallenges(records).length, total: CHALLENGE_IDS.length };
}
