import './quiz.css';
import type { MessageKey } from '../../content/ui/messages';
import type { StorageNoticeKind } from '../../store/quiz-slice';
import { useAppStore } from '../../store/store';
import { useTranslation } from '../../ui/use-translation';

const TEXT: Record<StorageNoticeKind, MessageKey> = {
  unreadable: 'storage.unreadable',
  partlyUnreadable: 'storage.partlyUnreadable',
  unavailable: 'storage.unavailable',
};

/** The one notice about saved progress (unreadable, partly dropped, or storage refused). */
export function StorageNotice() {
  const t = useTranslation();
  const notice = useAppStore((state) => state.storageNotice);
  const dismiss = useAppStore((state) => state.dismissStorageNotice);
  return (
    <div role="status" className="storage-notice-region">
      {notice && (
        <div className="storage-notice">
          <p>{t(TEXT[notice])}</p>
          <button type="button" onClick={dismiss}>
            {t('storage.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
