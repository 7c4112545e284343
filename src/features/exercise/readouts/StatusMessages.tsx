import { useAppStore } from '../../../store/store';
import { AutoStatus } from './AutoStatus';
import { formatCount, formatValue } from '../../../ui/format';
import { useSignificantFigures } from '../../../ui/use-number-format';
import { useLanguage, useTranslation } from '../../../ui/use-translation';

/**
 * The divergence warning, why auto-training stopped, what the last action did, and (for screen
 * readers) the training status every few seconds.
 */
export function StatusMessages() {
  const t = useTranslation();
  const language = useLanguage();
  const figures = useSignificantFigures();
  const diverged = useAppStore((state) => state.session.status === 'diverged');
  const stopReason = useAppStore((state) => state.stopReason);
  const targetLoss = useAppStore((state) => state.targetLoss);
  const iterationLimit = useAppStore((state) => state.iterationLimit);
  const notice = useAppStore((state) => state.notice);
  const dismiss = useAppStore((state) => state.dismissNotice);
  return (
    <div className="status-messages">
      <div role="alert">
        {diverged && <p className="message message-danger">{t('exercise.divergence')}</p>}
      </div>
      <div role="status">
        {stopReason === 'target' && (
          <p className="message">
            {t('exercise.stopped.target', { target: formatValue(targetLoss, language, figures) })}
          </p>
        )}
        {stopReason === 'limit' && (
          <p className="message">
            {t('exercise.stopped.limit', { limit: formatCount(iterationLimit, language) })}
          </p>
        )}
        {notice && (
          <p className="message message-notice">
            {t(notice.key)}{' '}
            <button type="button" className="link-button" onClick={dismiss} aria-label="OK">
              OK
            </button>
          </p>
        )}
      </div>
      <AutoStatus />
    </div>
  );
}
