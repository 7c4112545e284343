import { loadLesson } from '../content/lesson/lessons';
import type { LinkSettings } from '../store/link-settings';
import { lessonQuizzes } from '../store/quiz-progress';
import { appStorage, useAppStore } from '../store/store';
import { startHostMessages } from './host-messages';
import { startLmsSession, type LmsSession } from './lms-session';

/**
 * Inside an LMS that offers SCORM 1.2, connects the app's store to it (see lms-session.ts); call it
 * before anything changes the store, so that nothing reaches this computer's storage. Outside one,
 * returns null at once. The lesson's quizzes load in the background: the first paint never waits.
 */
export function startScorm(link: LinkSettings): LmsSession | null {
  return startLmsSession({
    window,
    store: useAppStore,
    link,
    storage: appStorage,
    loadQuizzes: (language) => loadLesson(language).then(lessonQuizzes),
  });
}

/**
 * Outside SCORM, an embed link naming its page (`parent=https://…`) gets the score posted to that
 * origin after each answer (see host-messages.ts).
 */
export function startScoreMessages(link: LinkSettings): void {
  startHostMessages({
    window,
    store: useAppStore,
    link,
    loadQuizzes: (language) => loadLesson(language).then(lessonQuizzes),
  });
}
