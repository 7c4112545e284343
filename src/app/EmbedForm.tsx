import { useId, useRef, useState } from 'react';
import { LAB_IDS, labTitle } from '../labs/lab-registry';
import type { Language } from '../content/ui/messages';
import { originFrom } from '../store/link-settings';
import { lessonQuizzes } from '../progress/lesson-quizzes';
import type { Quiz } from '../content/lesson/lesson-types';
import { useLanguage, useTranslation } from '../ui/use-translation';
import { embedSnippet, embedUrl, type EmbedChoice } from './embed-snippet';
import { useLesson } from './use-lesson';

const VIEWS = ['lesson', 'widget', 'quiz', 'lab'] as const;

/** The app's address without its query: what the snippets point at. */
const appBase = () => `${window.location.origin}${window.location.pathname}`;

/** The lesson's quizzes, once its text has loaded (the list is empty until then). */
function useQuizzes(): Quiz[] {
  const state = useLesson(useLanguage());
  return state.status === 'ready' ? lessonQuizzes(state.lesson) : [];
}

/** The choices and the code; mounted only while the dialog is open. */
export function EmbedForm() {
  const t = useTranslation();
  const pageLanguage = useLanguage();
  const code = useRef<HTMLTextAreaElement>(null);
  const ids = { code: useId(), status: useId(), parentHint: useId() };
  const quizzes = useQuizzes();
  const [view, setView] = useState<EmbedChoice['view']>('widget');
  const [quizId, setQuizId] = useState('');
  const [labId, setLabId] = useState(LAB_IDS[0] ?? '');
  const [language, setLanguage] = useState<Language>(pageLanguage);
  const [projector, setProjector] = useState(false);
  const [parent, setParent] = useState('');
  const [copied, setCopied] = useState<'idle' | 'copied' | 'manual'>('idle');

  const id = view === 'quiz' ? quizId || quizzes[0]?.id : view === 'lab' ? labId : undefined;
  // only a well-formed origin reaches the link: the app posts scores to nothing else
  const parentOrigin = originFrom(parent.trim());
  const choice: EmbedChoice = {
    view,
    id,
    language,
    projector: view === 'widget' && projector,
    parentOrigin,
  };
  const what =
    view === 'lab'
      ? labTitle(labId, pageLanguage)
      : view === 'quiz'
        ? (id ?? '')
        : t(`embed.view.${view}`);
  const snippet = embedSnippet(appBase(), choice, t('embed.frameTitle', { what }));

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied('copied');
    } catch {
      setCopied('manual');
      code.current?.select();
    }
  };

  return (
    <>
      <fieldset className="embed-views">
        <legend>{t('embed.what')}</legend>
        {VIEWS.map((option) => (
          <label key={option}>
            <input
              type="radio"
              name="embed-view"
              checked={view === option}
              onChange={() => setView(option)}
            />
            {t(`embed.view.${option}`)}
          </label>
        ))}
      </fieldset>
      {view === 'quiz' && (
        <label className="embed-field">
          {t('embed.quiz')}
          <select value={id ?? ''} onChange={(event) => setQuizId(event.target.value)}>
            {quizzes.map((quiz) => (
              <option key={quiz.id} value={quiz.id}>
                {quiz.id}
              </option>
            ))}
          </select>
        </label>
      )}
      {view === 'lab' && (
        <label className="embed-field">
          {t('embed.lab')}
          <select value={labId} onChange={(event) => setLabId(event.target.value)}>
            {LAB_IDS.map((lab) => (
              <option key={lab} value={lab}>
                {labTitle(lab, pageLanguage)}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="embed-field">
        {t('embed.language')}
        <select value={language} onChange={(event) => setLanguage(event.target.value as Language)}>
          <option value="pt-BR">Português (Brasil)</option>
          <option value="en">English</option>
        </select>
      </label>
      {view === 'widget' && (
        <label className="embed-check">
          <input
            type="checkbox"
            checked={projector}
            onChange={(event) => setProjector(event.target.checked)}
          />
          {t('embed.projector')}
        </label>
      )}
      <label className="embed-field">
        {t('embed.parent')}
        <input
          type="url"
          inputMode="url"
          placeholder="https://moodle.example.edu"
          value={parent}
          aria-describedby={ids.parentHint}
          onChange={(event) => setParent(event.target.value)}
        />
      </label>
      <small id={ids.parentHint} className="embed-note">
        {parent.trim() !== '' && !parentOrigin ? t('embed.parentInvalid') : t('embed.parentHint')}
      </small>
      <label className="embed-field" htmlFor={ids.code}>
        {t('embed.code')}
      </label>
      <textarea id={ids.code} ref={code} readOnly rows={4} value={snippet} />
      <p className="embed-actions">
        <button type="button" onClick={copy} aria-describedby={ids.status}>
          {t('embed.copy')}
        </button>
        <span id={ids.status} role="status">
          {copied === 'copied' && t('embed.copied')}
          {copied === 'manual' && t('embed.copyManual')}
        </span>
      </p>
      <p>
        {t('embed.link')} <a href={embedUrl(appBase(), choice)}>{embedUrl(appBase(), choice)}</a>
      </p>
      <p className="embed-note">{t('embed.height')}</p>
    </>
  );
}
