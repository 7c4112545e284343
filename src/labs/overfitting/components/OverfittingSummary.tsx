import { formatCount, formatFixed } from '../../../ui/format';
import { useLanguage, useFeatureTranslation } from '../../../ui/use-translation';
import { summarizeRun } from './overfitting-summary';
import { useOverfittingStore } from '../store';
import { overfittingMessages } from '../messages';

/**
 * The result in words, in a polite live region: while training runs it only says so, and the
 * sentences (announced once) appear on pause or stop.
 */
export function OverfittingSummary() {
  const t = useFeatureTranslation(overfittingMessages);
  const language = useLanguage();
  const records = useOverfittingStore((state) => state.records);
  const best = useOverfittingStore((state) => state.best);
  const stopReason = useOverfittingStore((state) => state.stopReason);
  const test = useOverfittingStore((state) => state.test);
  const running = useOverfittingStore((state) => state.running);
  const sentences = running ? [] : summarizeRun(records, best, stopReason, test);
  return (
    <div className="overfitting-summary lab-summary" aria-live="polite">
      {running ? (
        <p>{t('lab.overfitting.running')}</p>
      ) : (
        sentences.map(({ key, counts, losses }) => {
          const values: Record<string, string> = {};
          for (const [name, value] of Object.entries(counts)) {
            values[name] = formatCount(value, language);
          }
          for (const [name, value] of Object.entries(losses)) {
            values[name] = formatFixed(value, language, 3);
          }
          return (
            <p key={key} data-sentence={key}>
              {t(key, values)}
            </p>
          );
        })
      )}
    </div>
  );
}
