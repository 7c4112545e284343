import type { LiveAnswer, LiveAnswers, LiveItemId } from '../progress/live-items/live-items';
import { isCorrectLiveAnswer } from '../progress/live-items/live-items';
import { cmiTime, interactionId, type QuizInteraction } from './interactions';

/** A live item's `cmi.interactions.n` entry: every right response is one correct pattern. */
export interface LiveInteraction extends Omit<QuizInteraction, 'correctPattern'> {
  correctPatterns: string[];
}

/** Option `index` as SCORM 1.2 writes a choice: a, b, c… */
const letter = (index: number) => String.fromCharCode(97 + index);

/**
 * The interaction for a live item's answer, from what the answer holds: a number with the key
 * it was scored by, or the option chosen with every option that was right at that moment.
 */
export function liveInteraction(id: LiveItemId, answer: LiveAnswer, date: Date): LiveInteraction {
  const parts =
    answer.kind === 'numeric'
      ? {
          type: 'numeric' as const,
          studentResponse: String(answer.value),
          correctPatterns: [String(answer.key)],
        }
      : {
          type: 'choice' as const,
          studentResponse: letter(answer.chosen),
          correctPatterns: answer.keys.map(letter),
        };
  return {
    id: interactionId(id),
    ...parts,
    result: isCorrectLiveAnswer(answer) ? 'correct' : 'wrong',
    time: cmiTime(date),
  };
}

/** The live answers of `now` that are new or changed since `before`, in the items' order. */
export function changedLiveAnswers(
  now: LiveAnswers,
  before: LiveAnswers,
): [LiveItemId, LiveAnswer][] {
  return (Object.entries(now) as [LiveItemId, LiveAnswer | undefined][]).filter(
    (entry): entry is [LiveItemId, LiveAnswer] =>
      entry[1] !== undefined && before[entry[0]] !== entry[1],
  );
}
