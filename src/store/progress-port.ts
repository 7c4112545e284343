import type { StoreApi } from 'zustand';
import type { Progress } from '../progress/progress';
import type { ProgressPort } from '../progress/progress-port';
import { newOrderKey, selectProgress } from './quiz-slice';
import type { AppState } from './store';

/**
 * The store's progress as the LMS adapters see it: read through one selector, resumed with the
 * LMS's record, watched for changes of the progress alone (not of training or display state).
 */
export function storeProgressPort(store: StoreApi<AppState>): ProgressPort {
  return {
    read: () => selectProgress(store.getState()),
    resume: (progress: Progress, progressHome, learner) =>
      store.setState({
        answers: progress.answers,
        challengesCompleted: progress.challengesCompleted,
        submitted: progress.submitted,
        liveAnswers: progress.liveAnswers ?? {},
        // the browser's attempt is not the LMS's: a record without a key is a new attempt
        attempt: progress.attempt ?? newOrderKey(),
        ...(progress.language ? { language: progress.language } : {}),
        ...(learner !== undefined ? { learnerId: learner } : {}),
        progressHome,
      }),
    subscribe: (listener) =>
      store.subscribe((state, previous) => {
        const now = selectProgress(state);
        const before = selectProgress(previous);
        if (
          now.answers !== before.answers ||
          now.challengesCompleted !== before.challengesCompleted ||
          now.language !== before.language ||
          now.submitted !== before.submitted ||
          now.liveAnswers !== before.liveAnswers
        ) {
          listener(now, before);
        }
      }),
  };
}
