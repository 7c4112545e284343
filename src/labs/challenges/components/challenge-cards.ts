import type { Language, MessageKey } from '../../../content/ui/messages';
import type { ChallengesMessageKey } from '../messages';
import {
  CHALLENGE_IDS,
  CHALLENGE_RULES,
  type ChallengeBlocker,
  type ChallengeId,
  type ChallengeResults,
} from '../../../progress/challenges/challenges';
import {
  completedChallenges,
  type ChallengeRecords,
} from '../../../progress/challenges/challenges-records';
import { formatCount, formatFixed, formatValue } from '../../../ui/format';

type Translate = (
  key: ChallengesMessageKey | MessageKey,
  values?: Record<string, string | number>,
) => string;

/** What one challenge card shows. */
export interface ChallengeCardModel {
  id: ChallengeId;
  title: string;
  /** What counts, in a sentence or two. */
  counts: string;
  met: boolean;
  /** What was recorded when it was met (kept across visits). */
  recorded: string[];
  /** The live hint: where the exercise stands now, and what stands in the way. */
  now: string[];
}

const rules = CHALLENGE_RULES;

/** η as the slider shows it: two decimals. */
export const formatRate = (rate: number, language: Language) => formatFixed(rate, language, 2);

/** The words and numbers of every card, from the live results and the saved records. */
export function challengeCards(
  results: ChallengeResults | null,
  records: ChallengeRecords,
  t: Translate,
  language: Language,
): ChallengeCardModel[] {
  const done = new Set(completedChallenges(records));
  const threshold = formatFixed(rules.reluError, language, 2);
  const limit = formatCount(rules.reluIterations, language);
  const blocker = (reason: ChallengeBlocker) =>
    reason ? [t(`lab.challenges.blocker.${reason}`, { error: threshold, iterations: limit })] : [];

  const relu = results?.reluFast;
  const xor = results?.xor;
  const rates = results?.learningRates;
  const rateLine = (key: 'diverging' | 'crawling', rate: number | undefined) =>
    t(`lab.challenges.learningRates.${key}`, {
      rate:
        rate === undefined ? t('lab.challenges.learningRates.missing') : formatRate(rate, language),
    });

  const cards: Record<ChallengeId, ChallengeCardModel> = {
    reluFast: {
      id: 'reluFast',
      title: t('lab.challenges.reluFast.title', { error: threshold, iterations: limit }),
      counts: t('lab.challenges.reluFast.counts', { error: threshold, iterations: limit }),
      met: done.has('reluFast'),
      recorded: records.reluFast
        ? [
            t('lab.challenges.reluFast.metAt', {
              iteration: formatCount(records.reluFast.iteration, language),
            }),
          ]
        : [],
      now: relu
        ? [
            t('lab.challenges.reluFast.progress', {
              error: formatValue(relu.error, language),
              iterations: formatCount(relu.iterations, language),
            }),
            ...blocker(relu.blocker),
          ]
        : [],
    },
    xor: {
      id: 'xor',
      title: t('lab.challenges.xor.title'),
      counts: t('lab.challenges.xor.counts'),
      met: done.has('xor'),
      recorded: records.xor
        ? [
            t('lab.challenges.xor.metAt', {
              iteration: formatCount(records.xor.iteration, language),
            }),
          ]
        : [],
      // on other data the four examples are not XOR's: only say which data to pick
      now:
        xor?.blocker === 'dataset'
          ? blocker(xor.blocker)
          : xor
            ? [
                t('lab.challenges.xor.progress', {
                  correct: formatCount(xor.correct, language),
                  total: formatCount(xor.total, language),
                  error: formatValue(xor.error, language),
                }),
                ...blocker(xor.blocker),
              ]
            : [],
    },
    learningRates: {
      id: 'learningRates',
      title: t('lab.challenges.learningRates.title'),
      counts: t('lab.challenges.learningRates.counts', {
        window: formatCount(rules.windowIterations, language),
        ratio: formatFixed(rules.growthRatio, language, 1),
        maxRate: formatRate(rules.crawlMaxRate, language),
        fall: `${formatCount(rules.crawlFall * 100, language)}%`,
        minLoss: formatFixed(rules.crawlMinLoss, language, 2),
      }),
      met: done.has('learningRates'),
      recorded: [
        rateLine('diverging', records.divergingRate),
        rateLine('crawling', records.crawlingRate),
      ],
      now: rates ? [learningRateHint(rates, t, language)] : [],
    },
  };
  return CHALLENGE_IDS.map((id) => cards[id]);
}

/** Where the loss stands at the current η: its trend over the last ≥ 100 iterations, or what is left. */
function learningRateHint(
  rates: ChallengeResults['learningRates'],
  t: Translate,
  language: Language,
): string {
  const rate = formatRate(rates.learningRate, language);
  const window = rates.window;
  if (!window) {
    const left = Math.max(0, rules.windowIterations - rates.iterationsAtRate);
    return t('lab.challenges.learningRates.progressShort', {
      rate,
      left: formatCount(left, language),
    });
  }
  // three decimals of a percent; a change that rounds to zero is shown as 0, not −0
  const rounded = Math.round(window.relativeChange * 100 * 1000) / 1000;
  const change = rounded === 0 ? 0 : rounded;
  return t('lab.challenges.learningRates.progress', {
    rate,
    iterations: formatCount(window.toIteration - window.fromIteration, language),
    from: formatValue(window.fromLoss, language),
    to: formatValue(window.toLoss, language),
    change: `${change > 0 ? '+' : ''}${formatFixed(change, language, 3)}%`,
  });
}
