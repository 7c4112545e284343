import { LEARNING_RATE } from '../../core/exercise/config';
import type { ChallengeId, ChallengeResults } from './challenges';

/** What is kept of each challenge once met (saved in the browser with the quiz answers). */
export interface ChallengeRecords {
  /** Challenge 1: the iteration at which the ReLU run's error fell below 0.05. */
  reluFast?: { iteration: number };
  /** Challenge 2: the iteration at which XOR was first classified right. */
  xor?: { iteration: number };
  /** Challenge 3, first part: an η that diverged. */
  divergingRate?: number;
  /** Challenge 3, second part: an η whose loss crawled. */
  crawlingRate?: number;
}

/** The most iterations a record may name (the exercise's iteration limit stops at 1e9). */
const MAX_ITERATION = 1e9;

/**
 * The records with whatever `results` newly meets; an existing record is never replaced (a
 * challenge counts from the first time it is met). The same object when nothing is new.
 */
export function recordResults(
  records: ChallengeRecords,
  results: ChallengeResults,
  iteration: number,
): ChallengeRecords {
  const next: ChallengeRecords = { ...records };
  let changed = false;
  if (!records.reluFast && results.reluFast.metAt !== null) {
    next.reluFast = { iteration: results.reluFast.metAt };
    changed = true;
  }
  if (!records.xor && results.xor.met) {
    next.xor = { iteration };
    changed = true;
  }
  if (records.divergingRate === undefined && results.learningRates.diverging !== null) {
    next.divergingRate = results.learningRates.diverging;
    changed = true;
  }
  if (records.crawlingRate === undefined && results.learningRates.crawling !== null) {
    next.crawlingRate = results.learningRates.crawling;
    changed = true;
  }
  return changed ? next : records;
}

/** The challenges met, in display order (challenge 3 needs both of its parts). */
export function completedChallenges(records: ChallengeRecords): ChallengeId[] {
  const done: ChallengeId[] = [];
  if (records.reluFast) done.push('reluFast');
  if (records.xor) done.push('xor');
  if (records.divergingRate !== undefined && records.crawlingRate !== undefined) {
    done.push('learningRates');
  }
  return done;
}

function readIteration(value: unknown): { iteration: number } | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { iteration } = value as Record<string, unknown>;
  return Number.isInteger(iteration) &&
    (iteration as number) >= 0 &&
    (iteration as number) <= MAX_ITERATION
    ? { iteration: iteration as number }
    : null;
}

function readRate(value: unknown): number | null {
  return typeof value === 'number' &&
    value >= LEARNING_RATE.minimum &&
    value <= LEARNING_RATE.wideMaximum
    ? value
    : null;
}

/** The valid records within untrusted stored data, and how many entries had to be dropped. */
export function readChallengeRecords(value: unknown): {
  records: ChallengeRecords;
  dropped: number;
} {
  if (value === undefined) return { records: {}, dropped: 0 };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { records: {}, dropped: 1 };
  }
  const records: ChallengeRecords = {};
  let dropped = 0;
  for (const [key, entry] of Object.entries(value)) {
    if (key === 'reluFast' || key === 'xor') {
      const read = readIteration(entry);
      if (read) records[key] = read;
      else dropped++;
    } else if (key === 'divergingRate' || key === 'crawlingRate') {
      const read = readRate(entry);
      if (read !== null) records[key] = read;
      else dropped++;
    } else {
      dropped++;
    }
  }
  return { records, dropped };
}
