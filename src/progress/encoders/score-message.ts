import type { AttemptScore } from '../scoring';

/** What the app posts to the framing page after each answer and on request. */
export interface ScoreMessage {
  source: 'backprop-lab';
  version: 1;
  type: 'score';
  /** Percent, two decimals at most, as SCORM's cmi.core.score.raw. */
  raw: number;
  min: 0;
  max: 100;
  status: AttemptScore['status'];
  /** The attempt is over: every quiz has a checked answer, or the learner submitted it. */
  completed: boolean;
}

/** The attempt's score as the message a framing page receives. */
export function scoreMessage(score: AttemptScore): ScoreMessage {
  return {
    source: 'backprop-lab',
    version: 1,
    type: 'score',
    raw: score.raw,
    min: 0,
    max: 100,
    status: score.status,
    completed: score.closed,
  };
}
