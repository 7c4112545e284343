import { useAppStore } from '../../../store/store';
import { formatCount, formatFixed } from '../../ui/format';
import { useLanguage, useTranslation } from '../../ui/use-translation';
import { summarizeRun } from './overfitting-summary';

/**
 * The result in words, in a polite live region: while training runs it only says so, and the
 * sentences (announced once) appear on pause or stop.
 */
export function OverfittingSummary() {
  const t = useTranslation();
  const language = useLanguage();
  const records = useAppStore((state) => state.overfittingRecords);
  const best = useAppStore((state) => state.overfittingBest);
  const stopReason = useAppStore((state) => state.overfittingStopReason);
  const running = useAppStore((state) => state.overfittingRunning);
  const sentences = running ? [] : summarizeRun(records, best, stopReason);
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
