import type { Lesson, Quiz } from '../content/lesson/lesson-types';
import { CHALLENGE_IDS } from './challenges/challenges';
import { completedChallenges, type ChallengeRecords } from './challenges/challenges-records';
import type { QuizAnswer, QuizAnswers } from './answers';
import { isCorrectResponse, isValidResponse } from './kinds/registry';
import { lessonQuizzes, quizzesIn } from './lesson-quizzes';
import { exerciseSectionId, lessonLiveItems } from './live-items/lesson-live-items';
import { liveProgress, type LiveAnswers } from './live-items/live-items';

/** Counts for a group of quizzes. */
export interface ProgressCounts {
  total: number;
  answered: number;
  correct: number;
}

export interface SectionProgress extends ProgressCounts {
  id: string;
  titleText: string;
  /** Set on the row of the exercise's own items (hand calculation, predictions) in its section. */
  group?: 'exerciseItems';
}

export interface LessonProgress extends ProgressCounts {
  /** Correct answers as a whole percentage of all the lesson's quizzes. */
  percent: number;
  /** One row per section that has quizzes, in lesson order. */
  sections: SectionProgress[];
}

/** The answer saved for `quiz` when it is a valid attempt at that quiz as it is now. */
export function answerFor(quiz: Quiz, answers: QuizAnswers): QuizAnswer | null {
  const answer = Object.hasOwn(answers, quiz.id) ? answers[quiz.id] : undefined;
  return answer && isValidResponse(quiz, answer) ? answer : null;
}

/**
 * Counts over `quizzes`. An answer counts when it is a valid attempt at that quiz as it is now, and
 * its correctness is scored again against the quiz, so an edited quiz never shows a stale result.
 */
export function countProgress(quizzes: readonly Quiz[], answers: QuizAnswers): ProgressCounts {
  let answered = 0;
  let correct = 0;
  for (const quiz of quizzes) {
    const answer = answerFor(quiz, answers);
    if (!answer) continue;
    answered++;
    if (isCorrectResponse(quiz, answer)) correct++;
  }
  return { total: quizzes.length, answered, correct };
}

/** The quizzes without a valid checked answer, in lesson order. */
export function unansweredQuizzes(quizzes: readonly Quiz[], answers: QuizAnswers): Quiz[] {
  return quizzes.filter((quiz) => answerFor(quiz, answers) === null);
}

/**
 * The progress panel's numbers: the whole lesson (preamble included) and each section. Where the
 * lesson places the exercise, its live items count as quizzes, in a row of their own right after
 * the exercise's section (scored from what each answer holds, as scoreAttempt does).
 */
export function lessonProgress(
  lesson: Lesson,
  answers: QuizAnswers,
  liveAnswers: LiveAnswers = {},
): LessonProgress {
  const live = liveProgress(lessonLiveItems(lesson), liveAnswers);
  const exerciseSection = exerciseSectionId(lesson);
  const sections = lesson.sections
    .flatMap((section): SectionProgress[] => {
      const row = {
        id: section.id,
        titleText: section.titleText,
        ...countProgress(quizzesIn(section.blocks), answers),
      };
      return section.id === exerciseSection && live.total > 0
        ? [row, { id: section.id, titleText: section.titleText, group: 'exerciseItems', ...live }]
        : [row];
    })
    .filter((section) => section.total > 0);
  const quizTotals = countProgress(lessonQuizzes(lesson), answers);
  const totals = {
    total: quizTotals.total + live.total,
    answered: quizTotals.answered + live.answered,
    correct: quizTotals.correct + live.correct,
  };
  const percent = totals.total === 0 ? 0 : Math.round((100 * totals.correct) / totals.total);
  return { ...totals, percent, sections };
}

/** The lab's challenges on the exercise, counted beside the quizzes: how many are met, of how many. */
export function challengeProgress(records: ChallengeRecords): { completed: number; total: number } {
  return { completed: completedChallenges(records).length, total: CHALLENGE_IDS.length };
}
