import { loadLesson } from '../content/lesson/lessons';
import { startHostMessages } from '../lms/host-messages';
import { startLmsSession, type LmsSession } from '../lms/lms-session';
import { lessonQuizzes } from '../progress/lesson-quizzes';
import { LIVE_ITEM_IDS } from '../progress/live-items/live-items';
import type { LinkSettings } from '../store/link-settings';
import { storeProgressPort } from '../store/progress-port';
import { appStorage, useAppStore } from '../store/store';

const loadQuizzes = (language: Parameters<typeof loadLesson>[0]) =>
  loadLesson(language).then(lessonQuizzes);

/**
 * Inside an LMS that offers SCORM 1.2, connects the app's progress to it (see lms-session.ts);
 * call it before anything changes the store, so that nothing reaches this computer's storage.
 * Outside one, returns null at once. The lesson's quizzes load in the background: the first paint
 * never waits.
 */
export function startScorm(link: LinkSettings): LmsSession | null {
  return startLmsSession({
    window,
    progress: storeProgressPort(useAppStore),
    link,
    storage: appStorage,
    loadQuizzes,
    // the app always has the exercise, so its live items count (lessonLiveItems says the same)
    liveItems: LIVE_ITEM_IDS,
  });
}

/**
 * Outside SCORM, an embed link naming its page (`parent=https://…`) gets the score posted to that
 * origin after each answer (see host-messages.ts).
 */
export function startScoreMessages(link: LinkSettings): void {
  startHostMessages({
    window,
    progress: storeProgressPort(useAppStore),
    link,
    loadQuizzes,
    liveItems: LIVE_ITEM_IDS,
  });
}
