import { useEffect } from 'react';
import type { ChallengeResults } from '../../../progress/challenges/challenges';
import type { ChallengeRecords } from '../../../progress/challenges/challenges-records';
import { useAppStore } from '../../../store/store';
import { useThrottledStore } from '../../../ui/use-throttled-store';

/** The challenges met so far, as the exercise's judge records them (saved with the quiz answers). */
export function useChallengeRecords(): ChallengeRecords {
  return useAppStore((state) => state.challengesCompleted);
}

/**
 * The latest judgement of every challenge, for hints that follow training a few times a second
 * rather than on every frame; the exercise is judged once on mount if it never was.
 */
export function useChallengeProgress(): ChallengeResults | null {
  useEffect(() => {
    const state = useAppStore.getState();
    if (state.challengesProgress === null) state.challengesEvaluate();
  }, []);
  return useThrottledStore('numbers', (state) => state.challengesProgress);
}

/** Calls `listener` with the records before and after whenever a challenge is recorded. */
export function subscribeChallengeRecords(
  listener: (records: ChallengeRecords, previous: ChallengeRecords) => void,
): () => void {
  return useAppStore.subscribe((state, previous) => {
    if (state.challengesCompleted !== previous.challengesCompleted) {
      listener(state.challengesCompleted, previous.challengesCompleted);
    }
  });
}
