import './figures.css';
import { useTranslation } from '../../../ui/use-translation';

/** A YouTube video id: eleven letters, digits, "-" or "_". */
const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;

/**
 * The course video as a link-out card (attributes data-video-id, data-title). It loads nothing
 * from YouTube: no iframe, no thumbnail, only a local drawing, until the reader follows the link.
 */
export function VideoCard({ attributes }: { attributes: Record<string, string> }) {
  const t = useTranslation();
  const videoId = attributes['data-video-id']?.trim() ?? '';
  if (!VIDEO_ID.test(videoId)) return null;
  const title = attributes['data-title']?.trim() || t('video.defaultTitle');
  return (
    <div className="video-card">
      <svg className="video-placeholder" viewBox="0 0 160 90" aria-hidden="true">
        <rect width="160" height="90" rx="8" />
        <circle cx="80" cy="45" r="22" />
        <path d="M72 33v24l20-12z" />
      </svg>
      <div className="video-text">
        <p className="video-title">{title}</p>
        <p>{t('video.text')}</p>
        <a
          className="video-link"
          href={`https://www.youtube.com/watch?v=${videoId}`}
          target="_blank"
          rel="noopener noreferrer"
        >
          {t('video.watch')} <span className="visually-hidden">{t('video.newTab')}</span>
        </a>
      </div>
    </div>
  );
}
