/**
 * The exercise's public face: what a lab section or another feature may read of the 2–2–1
 * exercise. Everything else in this folder is the exercise's own; the app composes it.
 */
export { LESSON_NETWORK, labNetworkOf, type LabNetwork } from './face/exercise-network';
export { usePausedSession } from './face/use-paused-session';
export { ExerciseSlotContext } from './face/exercise-slot';
export { EXERCISE_ELEMENT_ID, useExerciseRunning } from './face/exercise-status';
export {
  subscribeChallengeRecords,
  useChallengeProgress,
  useChallengeRecords,
} from './face/challenges';
