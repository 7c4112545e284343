import type { Language } from '../content/ui/messages';
import type { ChallengeRecords } from './challenges/challenges-records';
import type { QuizAnswers } from './answers';
import type { LiveAnswers } from './live-items/live-items';

/**
 * The learner's progress, declared once: what browser storage, SCORM suspend_data and the score
 * posted to a framing page are all made from (each through its encoder in encoders/).
 */
export interface Progress {
  /** The interface language the learner chose, kept with the attempt. */
  language: Language | null;
  /** The latest checked answer of each quiz, by quiz id. */
  answers: QuizAnswers;
  /** The lab's challenges met on the exercise. */
  challengesCompleted: ChallengeRecords;
  /** The learner chose "Concluir e enviar nota": the attempt is closed with what is answered. */
  submitted: boolean;
  /**
   * The exercise's hand-calculation and prediction answers, each with the key it was scored by
   * (absent: none, as in progress saved before they existed).
   */
  liveAnswers?: LiveAnswers;
  /** This attempt's key, drawn when it starts; the options' order follows it (option-order.ts). */
  attempt: string | null;
}

export const EMPTY_PROGRESS: Progress = {
  language: null,
  answers: {},
  challengesCompleted: {},
  submitted: false,
  attempt: null,
};

/** Whether two progress values say the same (each part compared by identity, as stores keep it). */
export function sameProgress(a: Progress, b: Progress): boolean {
  return (
    a.language === b.language &&
    a.answers === b.answers &&
    a.challengesCompleted === b.challengesCompleted &&
    a.submitted === b.submitted &&
    a.liveAnswers === b.liveAnswers &&
    a.attempt === b.attempt
  );
}
