import type { Quiz } from '../content/lesson/lesson-types';
import { DEFAULT_LANGUAGE, type Language } from '../content/ui/messages';
import { scoreMessage } from '../progress/encoders/score-message';
import type { ProgressPort } from '../progress/progress-port';
import type { LiveItemId } from '../progress/live-items/live-items';
import { masteryFrom, scoreAttempt } from '../progress/scoring';

export type { ScoreMessage } from '../progress/encoders/score-message';

export interface HostMessagesOptions {
  window: Window;
  progress: ProgressPort;
  /** From the link (`parent=` and `mastery=`): the only origin scores are posted to. */
  link: { parentOrigin?: string; mastery?: number };
  loadQuizzes: (language: Language) => Promise<readonly Quiz[]>;
  /** The exercise's live items the page counts with the quizzes (none when absent). */
  liveItems?: readonly LiveItemId[];
}

/** A request the framing page may send: `{ source: 'backprop-lab-host', type: 'request-score' }`. */
function isScoreRequest(data: unknown): boolean {
  if (typeof data !== 'object' || data === null) return false;
  const record = data as Record<string, unknown>;
  return record.source === 'backprop-lab-host' && record.type === 'request-score';
}

/**
 * For hosts without SCORM: posts the score and completion to the framing page after each answer,
 * only to the origin the embed link names (`parent=https://…`), never to '*' — a score is the
 * learner's. Incoming messages count only from that origin and that window, in the one shape above.
 * Returns a function that stops it; null when there is no such link or no parent.
 */
export function startHostMessages(options: HostMessagesOptions): (() => void) | null {
  const { window: view, progress, link } = options;
  const origin = link.parentOrigin;
  const parent = view.parent;
  if (!origin || !parent || parent === view) return null;
  const mastery = masteryFrom(link.mastery);
  let quizzes: readonly Quiz[] | null = null;
  let stopped = false;

  const post = () => {
    if (!quizzes || stopped) return;
    const message = scoreMessage(
      scoreAttempt(quizzes, progress.read(), mastery, options.liveItems ?? []),
    );
    try {
      parent.postMessage(message, origin);
    } catch {
      // the host went away or changed origin: the browser drops the message
    }
  };

  const onMessage = (event: MessageEvent) => {
    if (event.origin === origin && event.source === parent && isScoreRequest(event.data)) post();
  };
  const unsubscribe = progress.subscribe((state, previous) => {
    if (
      state.answers !== previous.answers ||
      state.challengesCompleted !== previous.challengesCompleted ||
      state.submitted !== previous.submitted ||
      state.liveAnswers !== previous.liveAnswers
    )
      post();
  });
  view.addEventListener('message', onMessage);
  options.loadQuizzes(progress.read().language ?? DEFAULT_LANGUAGE).then(
    (loaded) => {
      quizzes = loaded;
      post();
    },
    () => undefined,
  );
  return () => {
    stopped = true;
    unsubscribe();
    view.removeEventListener('message', onMessage);
  };
}
