import type { StoreApi } from 'zustand';
import type { Quiz } from '../content/lesson/lesson-types';
import type { Language } from '../content/ui/messages';
import type { AppState } from '../store/store';
import { findScorm12Api } from './find-api';
import { choiceInteraction, cmiTimeSpan, type ChoiceInteraction } from './interactions';
import { connectScorm12, type Scorm12Connection } from './scorm12';
import { DEFAULT_MASTERY, readMastery, scoreAttempt, type LessonStatus } from './scoring';
import { decodeSuspendData, encodeSuspendData } from './suspend-data';

export interface LmsSessionOptions {
  /** The app's window: the API is searched from it, and its `pagehide` ends the session. */
  window: Window;
  store: StoreApi<AppState>;
  /** What the teacher's link set: its language and pass mark win over the LMS's saved data. */
  link: { language?: Language; mastery?: number };
  /** The browser's storage behind the store: inside an LMS it keeps nothing on the computer. */
  storage: { keepInMemory: () => void };
  /** The lesson's quizzes (loaded after start-up, so that the first paint does not wait). */
  loadQuizzes: (language: Language) => Promise<readonly Quiz[]>;
  /** The clock, in milliseconds (tests pass their own). */
  now?: () => number;
}

/** A running SCORM session: it reports each answer and ends once, on `pagehide` or `finish()`. */
export interface LmsSession {
  /** The pass mark in use, percent; null when there is none (status "completed"). */
  mastery: number | null;
  /** Resolves once the quizzes have loaded and the first score has been reported. */
  ready: Promise<void>;
  finish: () => void;
}

/** The pass mark: the LMS's (from the package's manifest), else the link's, else 70; 0 means none. */
function masteryOf(connection: Scorm12Connection, link: LmsSessionOptions['link']): number | null {
  const mastery =
    readMastery(connection.getValue('cmi.student_data.mastery_score')) ??
    readMastery(link.mastery) ??
    DEFAULT_MASTERY;
  return mastery === 0 ? null : mastery;
}

function writeInteraction(connection: Scorm12Connection, index: number, entry: ChoiceInteraction) {
  const prefix = `cmi.interactions.${index}`;
  connection.setValue(`${prefix}.id`, entry.id);
  connection.setValue(`${prefix}.type`, entry.type);
  connection.setValue(`${prefix}.time`, entry.time);
  if (entry.correctPattern) {
    connection.setValue(`${prefix}.correct_responses.0.pattern`, entry.correctPattern);
  }
  connection.setValue(`${prefix}.student_response`, entry.studentResponse);
  connection.setValue(`${prefix}.result`, entry.result);
}

/**
 * Starts the SCORM 1.2 session when an LMS's API is found (else returns null and changes nothing):
 * browser storage turns to memory only, the LMS's suspend_data is resumed into the store (the
 * link's language still wins), and every checked answer is reported and committed.
 */
export function startLmsSession(options: LmsSessionOptions): LmsSession | null {
  const { store, link } = options;
  const now = options.now ?? (() => Date.now());
  const api = findScorm12Api(options.window);
  if (!api) return null;
  const connection = connectScorm12(api);
  if (!connection.initialize()) return null;
  options.storage.keepInMemory();
  const startedAt = now();

  const status = connection.getValue('cmi.core.lesson_status');
  if (status === 'not attempted' || status === '') {
    connection.setValue('cmi.core.lesson_status', 'incomplete');
  }
  const mastery = masteryOf(connection, link);

  // the LMS's record replaces whatever this computer's browser held: it may be someone else's
  const resumed = decodeSuspendData(connection.getValue('cmi.suspend_data'));
  const language = link.language ?? resumed.language ?? store.getState().language;
  store.setState({
    answers: resumed.answers,
    challengesCompleted: resumed.challengesCompleted,
    language,
  });
  let interactionCount = Number(connection.getValue('cmi.interactions._count')) || 0;
  let quizzes: readonly Quiz[] | null = null;
  let lastStatus: LessonStatus = 'incomplete';
  let finished = false;

  /** Score, status and suspend_data as the store holds them now, then a commit. */
  const report = () => {
    const state = store.getState();
    if (quizzes) {
      const score = scoreAttempt(quizzes, state.answers, state.challengesCompleted, mastery);
      connection.setValue('cmi.core.score.min', '0');
      connection.setValue('cmi.core.score.max', '100');
      connection.setValue('cmi.core.score.raw', String(score.raw));
      connection.setValue('cmi.core.lesson_status', score.status);
      lastStatus = score.status;
    }
    connection.setValue(
      'cmi.suspend_data',
      encodeSuspendData({
        language: state.language,
        answers: state.answers,
        challengesCompleted: state.challengesCompleted,
      }),
    );
    connection.commit();
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (finished) return;
    const answersChanged = state.answers !== previous.answers;
    if (
      !answersChanged &&
      state.challengesCompleted === previous.challengesCompleted &&
      state.language === previous.language
    ) {
      return;
    }
    if (answersChanged) {
      for (const [quizId, answer] of Object.entries(state.answers)) {
        if (previous.answers[quizId] === answer) continue;
        const quiz = quizzes?.find((candidate) => candidate.id === quizId);
        const correctOptions = quiz
          ? quiz.options.flatMap((option, index) => (option.correct ? [index] : []))
          : null;
        const entry = choiceInteraction(
          quizId,
          answer.chosen,
          answer.correct,
          new Date(now()),
          correctOptions,
        );
        writeInteraction(connection, interactionCount, entry);
        interactionCount++;
      }
    }
    report();
  });

  const finish = () => {
    if (finished) return;
    finished = true;
    unsubscribe();
    options.window.removeEventListener('pagehide', finish);
    connection.setValue('cmi.core.session_time', cmiTimeSpan(now() - startedAt));
    const done = lastStatus === 'passed' || lastStatus === 'completed';
    connection.setValue('cmi.core.exit', done ? '' : 'suspend');
    connection.finish();
  };
  options.window.addEventListener('pagehide', finish);

  const ready = options.loadQuizzes(language).then(
    (loaded) => {
      quizzes = loaded;
      if (!finished) report();
    },
    () => undefined,
  );
  return { mastery, ready, finish };
}
