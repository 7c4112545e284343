import { lazy, Suspense, useEffect } from 'react';
import { StorageNotice } from '../features/quiz/StorageNotice';
import { useLanguage, useTranslation } from '../ui/use-translation';
import type { LinkSettings } from '../store/link-settings';
import { useAppStore } from '../store/store';
import { syncUrlLanguage } from '../store/url-language';
import { EmbedDialog } from './EmbedDialog';
import { EmbeddedView } from './EmbeddedView';
import { LessonPage } from './LessonPage';
import { usePrintDetails } from './print-details';
import { syncProjectorUrl } from './projector-url';
import { ThemeSelect } from './ThemeSelect';
import { useTheme } from './use-theme';

const ProjectorView = lazy(() =>
  import('./ProjectorView').then((module) => ({ default: module.ProjectorView })),
);

const LESSON: LinkSettings = { view: 'lesson', projector: false };

/**
 * The page the link asks for: the lesson with a header (language switch) and a footer, or an
 * embeddable view — the exercise alone or one lab section — with no page chrome.
 */
export function App({ link = LESSON }: { link?: LinkSettings }) {
  const t = useTranslation();
  const language = useLanguage();
  const setLanguage = useAppStore((state) => state.setLanguage);
  const projector = useAppStore((state) => state.projector);
  const insideLms = useAppStore((state) => state.progressHome.kind === 'lms');
  const embedded = link.view !== 'lesson';
  useTheme();
  usePrintDetails();
  useEffect(() => {
    if (projector) document.documentElement.dataset.mode = 'projector';
    else delete document.documentElement.dataset.mode;
    syncProjectorUrl(projector);
  }, [projector]);
  useEffect(() => {
    // an LMS player sizes its frame itself: styles.css fits the page to it (`data-host`)
    if (insideLms) document.documentElement.dataset.host = 'lms';
    else delete document.documentElement.dataset.host;
  }, [insideLms]);
  useEffect(() => {
    document.documentElement.lang = language;
    syncUrlLanguage(language);
    const subject = link.view === 'lab' ? 'lab.viewTitle' : 'exercise.title';
    document.title = `${t('app.title')} — ${t(subject)}`;
  }, [language, t, link.view]);
  if (projector) {
    return (
      <Suspense fallback={<p role="status">{t('app.lessonLoading')}</p>}>
        <ProjectorView />
      </Suspense>
    );
  }
  if (embedded) {
    return (
      <main id="main" className="embedded-view">
        <StorageNotice />
        <EmbeddedView link={link} />
      </main>
    );
  }
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div>
          <p className="brand">{t('app.title')}</p>
          <p className="tagline">{t('app.tagline')}</p>
        </div>
        <ThemeSelect />
        <EmbedDialog />
        <button
          type="button"
          className="language-switch"
          onClick={() => setLanguage(language === 'pt-BR' ? 'en' : 'pt-BR')}
          lang={language === 'pt-BR' ? 'en' : 'pt-BR'}
        >
          {t('app.switchLanguage')}
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        <StorageNotice />
        <LessonPage />
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}
