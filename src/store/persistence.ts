import type { PersistOptions, PersistStorage, StorageValue } from 'zustand/middleware';
import { isLanguage, type Language } from '../content/ui/messages';
import {
  readChallengeRecords,
  type ChallengeRecords,
} from '../progress/challenges/challenges-records';
import type { QuizAnswers } from '../progress/answers';
import { readAnswers } from '../progress/encoders/stored-answers';
import { readLiveAnswers } from '../progress/live-items/live-records';
import type { LiveAnswers } from '../progress/live-items/live-items';
import { migrateRelease1Answers } from '../progress/migrations';
import { isOrderKey } from '../progress/option-order';
import { selectProgress, type StorageNoticeKind } from './quiz-slice';
import type { SafeStorage } from './safe-storage';
import { isThemeSetting, type ThemeSetting } from './settings-slice';
import type { AppState } from './store';
import { urlLanguage } from './url-language';

/** Saved in the browser: language, quiz answers, challenges met, theme; never training state. */
export interface PersistedState {
  language?: Language;
  answers: QuizAnswers;
  /** Absent while no challenge is met (and in data saved before challenges existed). */
  challengesCompleted?: ChallengeRecords;
  /** Absent while the theme follows the system (and in data saved before themes existed). */
  theme?: ThemeSetting;
  /** The exercise's live answers; absent while there are none (and in data saved before them). */
  liveAnswers?: LiveAnswers;
  /** This browser's learner id and the attempt's key, for the options' order (absent before). */
  learner?: string;
  attempt?: string;
}

export const PERSIST_NAME = 'backprop-lab';
/** 2: quizzes named by the ids written in the lesson (1 named them by position, q-<section>-<n>). */
export const PERSIST_VERSION = 2;

/** The stored state after validation: what could be kept, and whether anything could not. */
export interface PersistedRead {
  language: Language | null;
  answers: QuizAnswers;
  /** The valid challenge records; absent when there are none. */
  challengesCompleted?: ChallengeRecords;
  /** A known theme setting; absent when none was stored or it was invalid. */
  theme?: ThemeSetting;
  /** The valid live answers; absent when there are none. */
  liveAnswers?: LiveAnswers;
  /** A well-formed learner id and attempt key; absent when none was stored or it was invalid. */
  learner?: string;
  attempt?: string;
  /** Entries dropped as invalid. */
  dropped: number;
  /** The whole value was unusable (not an object). */
  unusable: boolean;
}

/** The valid part of untrusted stored data: language, theme, well-formed answers and records. */
export function readPersisted(value: unknown): PersistedRead {
  const empty = { language: null, answers: {}, dropped: 0 };
  if (value === undefined) return { ...empty, unusable: false };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ...empty, unusable: true };
  }
  const record = value as Record<string, unknown>;
  const language = isLanguage(record.language) ? record.language : null;
  const languageDropped = record.language !== undefined && language === null ? 1 : 0;
  const { answers, dropped } = readAnswers(record.answers);
  const challenges = readChallengeRecords(record.challengesCompleted);
  const live = readLiveAnswers(record.liveAnswers);
  const theme = isThemeSetting(record.theme) ? record.theme : null;
  const themeDropped = record.theme !== undefined && theme === null ? 1 : 0;
  const read: PersistedRead = {
    language,
    answers,
    dropped: dropped + languageDropped + challenges.dropped + themeDropped + live.dropped,
    unusable: false,
  };
  if (Object.keys(challenges.records).length > 0) read.challengesCompleted = challenges.records;
  if (theme) read.theme = theme;
  if (Object.keys(live.answers).length > 0) read.liveAnswers = live.answers;
  // written by this app only: one that does not read is drawn again, with no notice
  if (isOrderKey(record.learner)) read.learner = record.learner;
  if (isOrderKey(record.attempt)) read.attempt = record.attempt;
  return read;
}

/** A persist storage of JSON in a SafeStorage that reports, once, what went wrong reading it. */
export interface ProgressStorage extends PersistStorage<PersistedState, void> {
  /** The problem met by the last read (then forgotten): unparseable data or no browser storage. */
  takeProblem: () => StorageNoticeKind | null;
  /** Records that a migration had to drop invalid entries, for the notice after the merge. */
  reportDropped: () => void;
}

export function createProgressStorage(storage: SafeStorage): ProgressStorage {
  let problem: StorageNoticeKind | null = null;
  let lastWritten: StorageValue<PersistedState> | null = null;
  return {
    getItem(name) {
      lastWritten = null;
      const raw = storage.getItem(name);
      if (!storage.persistent) problem = 'unavailable';
      if (raw === null) return null;
      try {
        const parsed: unknown = JSON.parse(raw);
        if (typeof parsed === 'object' && parsed !== null && 'state' in parsed) {
          const { state, version } = parsed as { state: unknown; version?: unknown };
          // the state is still untrusted here: migrate and merge validate it
          return {
            state: state as PersistedState,
            version: typeof version === 'number' ? version : PERSIST_VERSION,
          };
        }
      } catch {
        // corrupt JSON: reported below
      }
      problem = 'unreadable';
      storage.removeItem(name); // reset, so that the notice is shown once
      return null;
    },
    setItem(name, value) {
      // the store changes many times per frame while training: write only when the saved part did
      const same =
        lastWritten !== null &&
        lastWritten.version === value.version &&
        lastWritten.state.language === value.state.language &&
        lastWritten.state.answers === value.state.answers &&
        lastWritten.state.challengesCompleted === value.state.challengesCompleted &&
        lastWritten.state.theme === value.state.theme &&
        lastWritten.state.liveAnswers === value.state.liveAnswers &&
        lastWritten.state.learner === value.state.learner &&
        lastWritten.state.attempt === value.state.attempt;
      if (same) return;
      lastWritten = value;
      storage.setItem(name, JSON.stringify(value));
    },
    removeItem(name) {
      lastWritten = null;
      storage.removeItem(name);
    },
    reportDropped() {
      problem ??= 'partlyUnreadable';
    },
    takeProblem() {
      const taken = problem;
      problem = null;
      return taken;
    },
  };
}

/** The current state with what storage held: `?lang=` beats the remembered language. */
export function mergePersisted(
  persisted: unknown,
  current: AppState,
  problem: StorageNoticeKind | null,
): AppState {
  const read = readPersisted(persisted);
  const language = urlLanguage() ?? read.language ?? current.language;
  const nothingStored = persisted === undefined && problem !== 'unreadable';
  const readNotice: StorageNoticeKind | null = read.unusable
    ? 'unreadable'
    : read.dropped > 0
      ? 'partlyUnreadable'
      : null;
  return {
    ...current,
    language,
    answers: nothingStored ? current.answers : read.answers,
    challengesCompleted: nothingStored
      ? current.challengesCompleted
      : (read.challengesCompleted ?? {}),
    theme: read.theme ?? current.theme,
    liveAnswers: nothingStored ? current.liveAnswers : (read.liveAnswers ?? {}),
    learnerId: read.learner ?? current.learnerId,
    attempt: read.attempt ?? current.attempt,
    storageNotice: problem ?? readNotice ?? current.storageNotice,
    progressHome: problem === 'unavailable' ? { kind: 'memory' } : current.progressHome,
  };
}

/**
 * The saved part of the state; the challenges once one is met and the theme once chosen, so older
 * readers see the same shape.
 */
export function partializeState(state: AppState): PersistedState {
  // the same progress the LMS adapters read (submitting an attempt exists only inside an LMS)
  const { language, answers, challengesCompleted, attempt, liveAnswers } = selectProgress(state);
  const saved: PersistedState = language ? { language, answers } : { answers };
  if (Object.keys(challengesCompleted).length > 0) saved.challengesCompleted = challengesCompleted;
  if (state.theme !== 'system') saved.theme = state.theme;
  if (liveAnswers && Object.keys(liveAnswers).length > 0) saved.liveAnswers = liveAnswers;
  if (attempt) {
    saved.learner = state.learnerId;
    saved.attempt = attempt;
  }
  return saved;
}

/**
 * zustand `persist` options: name, version, migrate, partialize and a validated merge. Version 1
 * is the first saved shape (optional `challengesCompleted` and `theme` were added within it: data
 * without them reads as no challenge met and the system's theme); version 2 keys answers by the
 * quiz ids written in the lesson and migrates version 1's positional ids once. An older or newer
 * version keeps whatever still validates. The optional `liveAnswers` (the exercise's hand
 * calculation and predictions) joined version 2 the same way: data without it has none answered.
 */
export function createPersistOptions(
  storage: SafeStorage,
): PersistOptions<AppState, PersistedState> {
  const progressStorage = createProgressStorage(storage);
  return {
    name: PERSIST_NAME,
    version: PERSIST_VERSION,
    storage: progressStorage,
    partialize: partializeState,
    migrate: (persisted, version) => {
      const read = readPersisted(persisted);
      // the merge sees only valid data: what was dropped here is reported after it
      if (read.dropped > 0 || read.unusable) progressStorage.reportDropped();
      const { language, challengesCompleted, theme, learner, attempt, liveAnswers } = read;
      // version 1 named quizzes by position: each answer moves to the id its quiz has now
      const answers = version < 2 ? migrateRelease1Answers(read.answers) : read.answers;
      const migrated: PersistedState = language ? { language, answers } : { answers };
      if (challengesCompleted) migrated.challengesCompleted = challengesCompleted;
      if (theme) migrated.theme = theme;
      if (liveAnswers) migrated.liveAnswers = liveAnswers;
      if (learner) migrated.learner = learner;
      if (attempt) migrated.attempt = attempt;
      return migrated;
    },
    merge: (persisted, current) =>
      mergePersisted(persisted, current, progressStorage.takeProblem()),
  };
}
