import type { Progress } from './progress';

/**
 * Where the learner's answers are kept, so that every notice about it tells the truth: this
 * browser; memory only (storage refused: gone with the tab); or an LMS (named when known), in
 * review when the LMS records nothing more for this attempt (review or no-credit mode).
 */
export type ProgressHome =
  { kind: 'browser' } | { kind: 'memory' } | { kind: 'lms'; name: string | null; review: boolean };

/**
 * The app's progress as an LMS adapter sees it: read, resumed from the LMS's record, and
 * watched. The store provides it (src/store/progress-port.ts); lms/ knows nothing else of it.
 */
export interface ProgressPort {
  read: () => Progress;
  /**
   * Replaces the progress with the LMS's record of the attempt and says where it lives now; a
   * record without an attempt key starts a new attempt. `learner` is the LMS's learner id.
   */
  resume: (progress: Progress, home: ProgressHome, learner?: string) => void;
  /** Calls `listener` whenever the progress changes; returns a function that stops it. */
  subscribe: (listener: (progress: Progress, previous: Progress) => void) => () => void;
}
