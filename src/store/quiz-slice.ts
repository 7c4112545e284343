import type { StateCreator } from 'zustand';
import { isQuizId, normalizeChoice } from './quiz-answers';
import type { AppState } from './store';

/** The latest checked attempt at one quiz. */
export interface QuizAnswer {
  /** Indices of the options ticked, ascending, without repeats. */
  chosen: number[];
  /** Whether exactly the correct options were ticked. */
  correct: boolean;
}

/** Latest attempts by quiz id ("q-<section>-<n>", the same in every language). */
export type QuizAnswers = Record<string, QuizAnswer>;

/**
 * Why saved progress could not be used, shown once: the stored data did not parse (reset), part
 * of it was invalid (dropped), or this browser refuses storage (answers last until the tab closes).
 */
export type StorageNoticeKind = 'unreadable' | 'partlyUnreadable' | 'unavailable';

/**
 * Where the learner's answers are kept, so that every notice about it tells the truth: this
 * browser; memory only (storage refused: gone with the tab); or an LMS (named when known), in
 * review when the LMS records nothing more for this attempt (review or no-credit mode).
 */
export type ProgressHome =
  { kind: 'browser' } | { kind: 'memory' } | { kind: 'lms'; name: string | null; review: boolean };

/** Quiz progress, saved in the browser, and the one notice about that storage. */
export interface QuizSlice {
  answers: QuizAnswers;
  storageNotice: StorageNoticeKind | null;
  progressHome: ProgressHome;
  /** Records a checked attempt; it replaces any earlier one. */
  answer: (quizId: string, chosen: readonly number[], correct: boolean) => void;
  /** Forgets the attempt at one quiz ("Tentar de novo"). */
  retry: (quizId: string) => void;
  /** Forgets every attempt ("Zerar progresso"). */
  resetProgress: () => void;
  dismissStorageNotice: () => void;
}

export const createQuizSlice: StateCreator<AppState, [], [], QuizSlice> = (set, get) => ({
  answers: {},
  storageNotice: null,
  progressHome: { kind: 'browser' },

  answer: (quizId, chosen, correct) => {
    const normalized = normalizeChoice(chosen);
    if (!isQuizId(quizId) || !normalized || normalized.length === 0) return;
    set({ answers: { ...get().answers, [quizId]: { chosen: normalized, correct } } });
  },

  retry: (quizId) => {
    const { answers } = get();
    if (!Object.hasOwn(answers, quizId)) return;
    const rest = { ...answers };
    delete rest[quizId];
    set({ answers: rest });
  },

  resetProgress: () => set({ answers: {} }),
  dismissStorageNotice: () => set({ storageNotice: null }),
});
