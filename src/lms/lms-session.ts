import type { Quiz } from '../content/lesson/lesson-types';
import { languageFromList, languageFromTag } from '../content/ui/language-tags';
import { DEFAULT_LANGUAGE, type Language } from '../content/ui/messages';
import type { QuizAnswers } from '../progress/answers';
import { attemptReport, checkedAnswers, isDone, isReviewOnly } from '../progress/attempt';
import { decodeSuspendData, encodeSuspendData } from '../progress/encoders/suspend-data';
import type { ProgressPort } from '../progress/progress-port';
import { masteryFrom, type LessonStatus } from '../progress/scoring';
import { findScorm12Api } from './find-api';
import { cmiTimeSpan, quizInteraction, type QuizInteraction } from './interactions';
import { changedLiveAnswers, liveInteraction, type LiveInteraction } from './live-interactions';
import type { LiveItemId } from '../progress/live-items/live-items';
import { connectScorm12, type Scorm12Connection } from './scorm12';

export interface LmsSessionOptions {
  /** The app's window: the API is searched from it, and its `pagehide` ends the session. */
  window: Window;
  /** The learner's progress in the app. */
  progress: ProgressPort;
  /** What the teacher's link set: its language and pass mark win over the LMS's saved data. */
  link: { language?: Language; mastery?: number };
  /** The browser's storage behind the store: inside an LMS it keeps nothing on the computer. */
  storage: { keepInMemory: () => void };
  /** The lesson's quizzes (loaded after start-up, so that the first paint does not wait). */
  loadQuizzes: (language: Language) => Promise<readonly Quiz[]>;
  /**
   * The exercise's live items (hand calculation, predictions) counted with the quizzes: each
   * answer is reported as an interaction and scored as a quiz (none when absent).
   */
  liveItems?: readonly LiveItemId[];
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

/**
 * The LMS a package is served from, when its address says so (Moodle serves SCORM packages from
 * /mod/scorm/pluginfile.php/…); null when it cannot be told.
 */
export function lmsName(location: Pick<Location, 'pathname'>): string | null {
  return /\/mod\/scorm\//.test(location.pathname) ? 'Moodle' : null;
}

/**
 * The interface language: the link's `?lang=`, then the learner's own choice saved with the
 * attempt, then the LMS's learner preference, then the browser's languages, then pt-BR.
 */
function languageOf(
  link: LmsSessionOptions['link'],
  resumed: Language | null | undefined,
  preference: string,
  browser: readonly string[] | undefined,
): Language {
  return (
    link.language ??
    resumed ??
    languageFromTag(preference) ??
    languageFromList(browser) ??
    DEFAULT_LANGUAGE
  );
}

function writeInteraction(connection: Scorm12Connection, index: number, entry: QuizInteraction) {
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

/** A live item's interaction: as a quiz's, with one correct pattern per right response. */
function writeLiveInteraction(
  connection: Scorm12Connection,
  index: number,
  entry: LiveInteraction,
) {
  const { correctPatterns, ...rest } = entry;
  writeInteraction(connection, index, { ...rest, correctPattern: null });
  correctPatterns.forEach((pattern, at) => {
    connection.setValue(`cmi.interactions.${index}.correct_responses.${at}.pattern`, pattern);
  });
}

/**
 * Starts the SCORM 1.2 session when an LMS's API is found (else returns null and changes nothing):
 * browser storage turns to memory only, the LMS's suspend_data is resumed into the app's progress, and
 * every checked answer is reported and committed under the attempt rules of attempt.ts: the
 * status stays incomplete, with no score, until every quiz has a checked answer; on passing the
 * status is committed before the score, so the LMS marks the activity complete at once; in review
 * or no-credit mode nothing that could change the grade is sent.
 */
export function startLmsSession(options: LmsSessionOptions): LmsSession | null {
  const { progress, link } = options;
  const now = options.now ?? (() => Date.now());
  const api = findScorm12Api(options.window);
  if (!api) return null;
  const connection = connectScorm12(api);
  if (!connection.initialize()) return null;
  options.storage.keepInMemory();
  const startedAt = now();

  const reviewOnly = isReviewOnly(
    connection.getValue('cmi.core.lesson_mode'),
    connection.getValue('cmi.core.credit'),
  );
  const status = connection.getValue('cmi.core.lesson_status');
  if (!reviewOnly && (status === 'not attempted' || status === '')) {
    connection.setValue('cmi.core.lesson_status', 'incomplete');
  }
  // the LMS's pass mark (from the package's manifest), else the link's, else 70; 0 means none
  const mastery = masteryFrom(connection.getValue('cmi.student_data.mastery_score'), link.mastery);

  // the LMS's record replaces whatever this computer's browser held: it may be someone else's
  const resumed = decodeSuspendData(connection.getValue('cmi.suspend_data'));
  const language = languageOf(
    link,
    resumed.language,
    connection.getValue('cmi.student_preference.language'),
    options.window.navigator?.languages,
  );
  // the options' order is drawn per learner: the LMS's id ("" when it gives none) stays the same
  // on every launch, where a random id kept in memory would not
  progress.resume(
    { ...resumed, language },
    { kind: 'lms', name: lmsName(options.window.location), review: reviewOnly },
    connection.getValue('cmi.core.student_id'),
  );
  /** The answers that count: a retry keeps the last checked answer until a new one is checked. */
  let counted: QuizAnswers = resumed.answers;
  let interactionCount = Number(connection.getValue('cmi.interactions._count')) || 0;
  let quizzes: readonly Quiz[] | null = null;
  let lastStatus: LessonStatus = 'incomplete';
  let finished = false;

  const writeScore = (raw: number) => {
    connection.setValue('cmi.core.score.min', '0');
    connection.setValue('cmi.core.score.max', '100');
    connection.setValue('cmi.core.score.raw', String(raw));
  };

  /** Status (and, once the attempt is closed, score) and suspend_data, then a commit. */
  const report = () => {
    const state = { ...progress.read(), answers: counted };
    connection.setValue('cmi.suspend_data', encodeSuspendData(state));
    if (quizzes) {
      const attempt = attemptReport(quizzes, state, mastery, options.liveItems ?? []);
      if (attempt.raw !== null && isDone(attempt.status)) {
        // a passing status in a commit of its own, before the score: Moodle re-checks the
        // activity's completion only when the stored status already says passed or completed
        connection.setValue('cmi.core.lesson_status', attempt.status);
        connection.commit();
        writeScore(attempt.raw);
      } else {
        if (attempt.raw !== null) writeScore(attempt.raw);
        connection.setValue('cmi.core.lesson_status', attempt.status);
      }
      lastStatus = attempt.status;
    }
    connection.commit();
  };

  const unsubscribe = progress.subscribe((state, previous) => {
    // in review or no-credit mode the learner may look and try, but nothing is sent
    if (finished || reviewOnly) return;
    const nowCounted = checkedAnswers(counted, state.answers);
    const answersChanged = nowCounted !== counted;
    if (
      !answersChanged &&
      state.challengesCompleted === previous.challengesCompleted &&
      state.language === previous.language &&
      state.submitted === previous.submitted &&
      state.liveAnswers === previous.liveAnswers
    ) {
      return;
    }
    for (const [id, answer] of changedLiveAnswers(
      state.liveAnswers ?? {},
      previous.liveAnswers ?? {},
    )) {
      writeLiveInteraction(
        connection,
        interactionCount,
        liveInteraction(id, answer, new Date(now())),
      );
      interactionCount++;
    }
    if (answersChanged) {
      for (const [quizId, answer] of Object.entries(nowCounted)) {
        if (counted[quizId] === answer) continue;
        const quiz = quizzes?.find((candidate) => candidate.id === quizId) ?? null;
        const entry = quizInteraction(quizId, answer, new Date(now()), quiz);
        writeInteraction(connection, interactionCount, entry);
        interactionCount++;
      }
      counted = nowCounted;
    }
    report();
  });

  const finish = () => {
    if (finished) return;
    finished = true;
    unsubscribe();
    options.window.removeEventListener('pagehide', finish);
    if (!reviewOnly) {
      connection.setValue('cmi.core.session_time', cmiTimeSpan(now() - startedAt));
      connection.setValue('cmi.core.exit', isDone(lastStatus) ? '' : 'suspend');
    }
    connection.finish();
  };
  options.window.addEventListener('pagehide', finish);

  const ready = options.loadQuizzes(language).then(
    (loaded) => {
      quizzes = loaded;
      if (!finished && !reviewOnly) report();
    },
    () => undefined,
  );
  return { mastery, ready, finish };
}
