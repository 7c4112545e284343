import type { LossRecord, StopReason } from '../model/overfitting';
import type { BestEvaluation } from '../model/overfitting-early-stopping';
import type { OverfittingMessageKey } from '../messages';

/** One sentence of the summary: its message and the numbers that fill it. */
export interface SummarySentence {
  key: OverfittingMessageKey;
  /** Steps are counts; everything else is a loss. */
  counts: Record<string, number>;
  losses: Record<string, number>;
}

/**
 * What the summary says about a run, from the store's plain values: where the lowest test loss
 * was and, when early stopping fired, where training stopped and how long it waited.
 */
export function summarizeRun(
  records: readonly LossRecord[],
  best: BestEvaluation | null,
  stopReason: StopReason | null,
): SummarySentence[] {
  const last = records.at(-1);
  if (!last || !best) return [];
  if (records.length === 1) {
    return [{ key: 'lab.overfitting.atStart', counts: {}, losses: { ...last } }];
  }
  if (stopReason === 'earlyStopping') {
    return [
      {
        key: 'lab.overfitting.stoppedEarly',
        counts: { stop: last.step, bestStep: best.step, patience: last.step - best.step },
        losses: { best: best.loss, last: last.test },
      },
    ];
  }
  const sentences: SummarySentence[] =
    best.step === last.step
      ? [
          {
            key: 'lab.overfitting.atBest',
            counts: { step: last.step },
            losses: { test: last.test, train: last.train },
          },
        ]
      : [
          {
            key: 'lab.overfitting.rose',
            counts: { bestStep: best.step },
            // rise = J_test(now) − min J_test
            losses: {
              best: best.loss,
              rise: last.test - best.loss,
              test: last.test,
              train: last.train,
            },
          },
        ];
  if (stopReason === 'diverged') {
    sentences.push({ key: 'lab.overfitting.diverged', counts: { step: last.step }, losses: {} });
  }
  if (stopReason === 'stepLimit') {
    sentences.push({ key: 'lab.overfitting.stepLimit', counts: { max: last.step }, losses: {} });
  }
  return sentences;
}
