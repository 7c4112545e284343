import { formatCount } from '../../../ui/format';
import { useFormatValue } from '../../../ui/use-number-format';
import { useLanguage, useFeatureTranslation } from '../../../ui/use-translation';
import { formatSetting, formatShare } from './stat-rows';
import { useArchitectureStore } from '../store';
import { architectureMessages } from '../messages';

/**
 * Two live regions: the clamp notice, and the run's state. The latter changes only when training
 * starts, pauses or diverges (never per frame), so it is announced at most once per change.
 */
export function StatusMessages() {
  const t = useFeatureTranslation(architectureMessages);
  const language = useLanguage();
  const formatValue = useFormatValue();
  const status = useArchitectureStore((state) => state.status);
  const notice = useArchitectureStore((state) => state.notice);
  // read the numbers only when the status changes: a selector on the stats would re-render per frame
  const stats = useArchitectureStore.getState().stats;
  let message = '';
  if (status === 'running') message = t('lab.architecture.running');
  else if (status === 'paused' && stats) {
    message = t('lab.architecture.paused', {
      step: formatCount(stats.step, language),
      loss: formatValue(stats.trainLoss),
      accuracy: formatShare(stats.trainAccuracy, language, t),
    });
  } else if (status === 'diverged' && stats) {
    message = t('lab.architecture.diverged', { step: formatCount(stats.step + 1, language) });
  }
  const noticeText = notice
    ? t('lab.architecture.notice', {
        field: t(`lab.architecture.field.${notice.field}`),
        low: formatSetting(notice.field, notice.low, language),
        high: formatSetting(notice.field, notice.high, language),
        value: formatSetting(notice.field, notice.value, language),
      })
    : '';
  return (
    <>
      <p className="architecture-notice" role="status">
        {noticeText}
      </p>
      <p
        className={
          status === 'diverged' ? 'architecture-status architecture-danger' : 'architecture-status'
        }
        role="status"
      >
        {message}
      </p>
    </>
  );
}
