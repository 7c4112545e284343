import './projector.css';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from '../ui/use-translation';
import { useAppStore } from '../store/store';
import { projectorHref } from './projector-url';
import { useBlackoutKey } from './use-blackout-key';

const ExerciseSection = lazy(() =>
  import('../features/exercise/ExerciseSection').then((module) => ({
    default: module.ExerciseSection,
  })),
);

function useFullscreen(): boolean {
  const [active, setActive] = useState(() => document.fullscreenElement !== null);
  useEffect(() => {
    const onChange = () => setActive(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  return active;
}

/**
 * Projector mode: the exercise alone across the screen, large type, a high-contrast palette
 * (projector.css), a full-screen button — or, inside a frame that blocks full screen, a link that
 * opens the same view in a new window — and a blackout on B.
 */
export function ProjectorView() {
  const t = useTranslation();
  const setProjector = useAppStore((state) => state.setProjector);
  const blackout = useAppStore((state) => state.blackout);
  const toggleBlackout = useAppStore((state) => state.toggleBlackout);
  const fullscreen = useFullscreen();
  useBlackoutKey();
  const fullscreenAllowed = document.fullscreenEnabled === true;
  const toggleFullscreen = () => {
    const change = fullscreen
      ? document.exitFullscreen()
      : document.documentElement.requestFullscreen();
    // refused (no user gesture, a policy): the page simply stays as it is
    change.catch(() => undefined);
  };
  return (
    <main id="main" className="projector-view" tabIndex={-1}>
      <h1 className="visually-hidden">{t('app.title')}</h1>
      <div className="projector-toolbar" role="group" aria-label={t('projector.toolbar')}>
        <button type="button" onClick={() => setProjector(false)}>
          {t('projector.exit')}
        </button>
        {fullscreenAllowed ? (
          <button type="button" onClick={toggleFullscreen} aria-pressed={fullscreen}>
            {t(fullscreen ? 'projector.exitFullscreen' : 'projector.fullscreen')}
          </button>
        ) : (
          <a href={projectorHref()} target="_blank" rel="noopener">
            {t('projector.newWindow')}
          </a>
        )}
        <button type="button" onClick={toggleBlackout} aria-pressed={blackout}>
          {t('projector.blackout')}
        </button>
      </div>
      <Suspense fallback={<p role="status">{t('app.lessonLoading')}</p>}>
        <ExerciseSection />
      </Suspense>
      <p className="visually-hidden" role="status">
        {blackout ? t('projector.blackoutStatus') : ''}
      </p>
      {blackout && (
        <div className="projector-blackout" aria-hidden="true" onClick={toggleBlackout} />
      )}
    </main>
  );
}
