import type { LossRecord, StopReason, TestReport } from '../model/overfitting';
import type { BestEvaluation } from '../model/overfitting-early-stopping';
import type { OverfittingMessageKey } from '../messages';

/** One sentence of the summary: its message and the numbers that fill it. */
export interface SummarySentence {
  key: OverfittingMessageKey;
  /** Steps are counts; everything else is a loss. */
  counts: Record<string, number>;
  losses: Record<string, number>;
}

/** The test set's one number, said once training is over. */
function testSentence(test: TestReport): SummarySentence {
  return {
    key: 'lab.overfitting.testResult',
    counts: { step: test.step },
    losses: { test: test.loss },
  };
}

/**
 * What the summary says about a run, from the store's plain values: where the lowest validation
 * loss was; when early stopping fired, where training stopped, how long it waited and which
 * weights it restored; and, once training is over, the test loss of the weights it ended with.
 */
export function summarizeRun(
  records: readonly LossRecord[],
  best: BestEvaluation | null,
  stopReason: StopReason | null,
  test: TestReport | null,
): SummarySentence[] {
  const last = records.at(-1);
  if (!last || !best) return [];
  const sentences: SummarySentence[] = [];
  if (records.length === 1 && stopReason === null) {
    sentences.push({ key: 'lab.overfitting.atStart', counts: {}, losses: { ...last } });
  } else if (stopReason === 'earlyStopping') {
    sentences.push({
      key: 'lab.overfitting.stoppedEarly',
      counts: { stop: last.step, bestStep: best.step, patience: last.step - best.step },
      losses: { best: best.loss, last: last.validation },
    });
  } else if (best.step === last.step) {
    sentences.push({
      key: 'lab.overfitting.atBest',
      counts: { step: last.step },
      losses: { validation: last.validation, train: last.train },
    });
  } else {
    sentences.push({
      key: 'lab.overfitting.rose',
      counts: { bestStep: best.step },
      // rise = J_validation(now) − min J_validation
      losses: {
        best: best.loss,
        rise: last.validation - best.loss,
        validation: last.validation,
        train: last.train,
      },
    });
  }
  if (stopReason === 'diverged') {
    sentences.push({ key: 'lab.overfitting.diverged', counts: { step: last.step }, losses: {} });
  }
  if (stopReason === 'stepLimit') {
    sentences.push({ key: 'lab.overfitting.stepLimit', counts: { max: last.step }, losses: {} });
  }
  if (test) sentences.push(testSentence(test));
  return sentences;
}
