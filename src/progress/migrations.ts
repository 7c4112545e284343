import type { QuizAnswers } from './answers';

/**
 * Release 1 named each quiz by its position, `q-<section>-<n>` (the preamble is section 0), so
 * inserting a quiz re-pointed every later answer. Since then every quiz carries the id written
 * beside it in the lesson; this is where each positional id of release 1 went. It never changes.
 */
export const RELEASE_1_QUIZ_IDS: Readonly<Record<string, string>> = {
  'q-2-1': 'credit-assignment',
  'q-3-1': 'why-backwards',
  'q-3-2': 'backprop-claims',
  'q-4-1': 'why-squared',
  'q-4-2': 'sigmoid-bce-gradient',
  'q-4-3': 'swap-hidden-neurons',
  'q-5-1': 'gradient-sign-step',
  'q-6-1': 'learning-rate-claims',
  'q-6-2': 'stochastic-meaning',
  'q-7-1': 'phase-order',
  'q-7-2': 'old-weight-in-backward',
  'q-8-1': 'zero-weights-xor',
  'q-8-2': 'input-zero-effects',
  'q-9-1': 'error-sign-pseudocode',
  'q-10-1': 'vanishing-claims',
  'q-11-1': 'exploding-nan',
  'q-11-2': 'validation-overfitting',
  'q-12-1': 'adam-vs-momentum',
  'q-12-2': 'cosine-annealing',
};

/** The id a quiz has now for an id saved by release 1 (other ids are kept as they are). */
export function currentQuizId(savedId: string): string {
  return Object.hasOwn(RELEASE_1_QUIZ_IDS, savedId)
    ? (RELEASE_1_QUIZ_IDS[savedId] ?? savedId)
    : savedId;
}

/**
 * Answers saved under release 1's positional ids, under the ids the quizzes have now. Run once,
 * on data whose version says release 1 (browser storage version 1, suspend_data "v":1); an answer
 * already under a current id wins over a migrated one.
 */
export function migrateRelease1Answers(answers: QuizAnswers): QuizAnswers {
  const migrated: QuizAnswers = {};
  for (const [savedId, answer] of Object.entries(answers)) {
    const id = currentQuizId(savedId);
    if (id === savedId || !Object.hasOwn(answers, id)) migrated[id] = answer;
  }
  return migrated;
}
