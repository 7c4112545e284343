import type { StoreApi } from 'zustand';
import type { Quiz } from '../content/lesson/lesson-types';
import type { Language } from '../content/ui/messages';
import type { AppState } from '../store/store';
import { DEFAULT_MASTERY, readMastery, scoreAttempt, type LmsScore } from './scoring';

/** What the app posts to the framing page after each answer and on request. */
export interface ScoreMessage {
  source: 'backprop-lab';
  version: 1;
  type: 'score';
  /** Percent, two decimals at most, as SCORM's cmi.core.score.raw. */
  raw: number;
  min: 0;
  max: 100;
  status: LmsScore['status'];
  /** Every quiz has a checked answer. */
  completed: boolean;
}

export interface HostMessagesOptions {
  window: Window;
  store: StoreApi<AppState>;
  /** From the link (`parent=` and `mastery=`): the only origin scores are posted to. */
  link: { parentOrigin?: string; mastery?: number };
  loadQuizzes: (language: Language) => Promise<readonly Quiz[]>;
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
  const { window: view, store, link } = options;
  const origin = link.parentOrigin;
  const parent = view.parent;
  if (!origin || !parent || parent === view) return null;
  const masteryValue = readMastery(link.mastery) ?? DEFAULT_MASTERY;
  const mastery = masteryValue === 0 ? null : masteryValue;
  let quizzes: readonly Quiz[] | null = null;
  let stopped = false;

  const post = () => {
    if (!quizzes || stopped) return;
    const state = store.getState();
    const score = scoreAttempt(quizzes, state.answers, state.challengesCompleted, mastery);
    const message: ScoreMessage = {
      source: 'backprop-lab',
      version: 1,
      type: 'score',
      raw: score.raw,
      min: 0,
      max: 100,
      status: score.status,
      completed: score.allAnswered,
    };
    try {
      parent.postMessage(message, origin);
    } catch {
      // the host went away or changed origin: the browser drops the message
    }
  };

  const onMessage = (event: MessageEvent) => {
    if (event.origin === origin && event.source === parent && isScoreRequest(event.data)) post();
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (
      state.answers !== previous.answers ||
      state.challengesCompleted !== previous.challengesCompleted
    )
      post();
  });
  view.addEventListener('message', onMessage);
  options.loadQuizzes(store.getState().language).then(
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
