import type { StateCreator } from 'zustand';
import type { Quiz } from '../content/lesson/lesson-types';
import {
  isQuizId,
  normalizeChoice,
  type QuizAnswers,
  type QuizResponse,
} from '../progress/answers';
import { isCorrectResponse, isValidResponse } from '../progress/kinds/registry';
import { formatOrderKey } from '../progress/option-order';
import type { Progress } from '../progress/progress';
import type { ProgressHome } from '../progress/progress-port';
import type { AppState } from './store';

export type { ProgressHome } from '../progress/progress-port';

/**
 * Why saved progress could not be used, shown once: the stored data did not parse (reset), part
 * of it was invalid (dropped), or this browser refuses storage (answers last until the tab closes).
 */
export type StorageNoticeKind = 'unreadable' | 'partlyUnreadable' | 'unavailable';

/** Quiz progress, saved in the browser or the LMS, and the one notice about that storage. */
export interface QuizSlice {
  answers: QuizAnswers;
  /** The learner chose "Concluir e enviar nota": the attempt is reported as it stands. */
  submitted: boolean;
  storageNotice: StorageNoticeKind | null;
  progressHome: ProgressHome;
  /**
   * Who is learning, for the options' order: the LMS's learner id inside an LMS, else a random id
   * drawn once and kept in this browser's storage.
   */
  learnerId: string;
  /** This attempt's key (see Progress): a new attempt draws a new one, and a new options' order. */
  attempt: string;
  /**
   * Checks a response to `quiz`: the progress domain scores it, and it replaces any earlier
   * answer. A response that is no attempt at the quiz (wrong kind, out of range) changes nothing.
   */
  answer: (quiz: Quiz, response: QuizResponse) => void;
  /** Forgets the attempt at one quiz on screen ("Tentar de novo"). */
  retry: (quizId: string) => void;
  /** Closes the attempt with what is answered ("Concluir e enviar nota"; inside an LMS only). */
  submitAttempt: () => void;
  /** Forgets every attempt and starts a new one ("Zerar progresso"; never offered inside an LMS). */
  resetProgress: () => void;
  dismissStorageNotice: () => void;
}

/** A new random key for a learner id or an attempt (crypto's randomness: ids must not repeat). */
export function newOrderKey(): string {
  const words = new Uint32Array(2);
  globalThis.crypto.getRandomValues(words);
  return formatOrderKey([...words]);
}

export const createQuizSlice: StateCreator<AppState, [], [], QuizSlice> = (set, get) => ({
  answers: {},
  submitted: false,
  storageNotice: null,
  progressHome: { kind: 'browser' },
  learnerId: newOrderKey(),
  attempt: newOrderKey(),

  answer: (quiz, given) => {
    // a choice is kept sorted and without repeats, as storage and suspend_data read it back
    const response: QuizResponse =
      given.kind === 'choice'
        ? { kind: 'choice', chosen: normalizeChoice(given.chosen) ?? [] }
        : given;
    if (!isQuizId(quiz.id) || !isValidResponse(quiz, response)) return;
    const checked = { ...response, correct: isCorrectResponse(quiz, response) };
    set({ answers: { ...get().answers, [quiz.id]: checked } });
  },

  retry: (quizId) => {
    const { answers } = get();
    if (!Object.hasOwn(answers, quizId)) return;
    const rest = { ...answers };
    delete rest[quizId];
    set({ answers: rest });
  },

  submitAttempt: () => {
    const home = get().progressHome;
    if (home.kind === 'lms' && !home.review && !get().submitted) set({ submitted: true });
  },

  resetProgress: () => {
    if (get().progressHome.kind !== 'lms') {
      set({ answers: {}, submitted: false, attempt: newOrderKey(), liveAnswers: {} });
    }
  },
  dismissStorageNotice: () => set({ storageNotice: null }),
});

/** The learner's progress within the app's state (see src/progress/progress.ts). */
export function selectProgress(state: AppState): Progress {
  return {
    language: state.language,
    answers: state.answers,
    challengesCompleted: state.challengesCompleted,
    submitted: state.submitted,
    // absent while there are none, as in progress saved before live items existed
    ...(Object.keys(state.liveAnswers).length > 0 ? { liveAnswers: state.liveAnswers } : {}),
    attempt: state.attempt,
  };
}
