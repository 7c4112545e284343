import { useEffect } from 'react';
import { StorageNotice } from '../components/quiz/StorageNotice';
import { useLanguage, useTranslation } from '../components/ui/use-translation';
import { useAppStore } from '../store/store';
import { syncUrlLanguage } from '../store/url-language';
import { LabPage } from './LabPage';
import { LessonPage } from './LessonPage';
import type { PageView } from './page-view';

/** The page: a header with the language switch, the lesson (or one lab section), a footer. */
export function App({ view = { view: 'lesson' } }: { view?: PageView }) {
  const t = useTranslation();
  const language = useLanguage();
  const setLanguage = useAppStore((state) => state.setLanguage);
  useEffect(() => {
    document.documentElement.lang = language;
    syncUrlLanguage(language);
    document.title = `${t('app.title')} — ${t(view.view === 'lab' ? 'lab.viewTitle' : 'exercise.title')}`;
  }, [language, t, view.view]);
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
        {view.view === 'lab' ? <LabPage id={view.id} /> : <LessonPage />}
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}
