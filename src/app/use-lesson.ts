import { useEffect, useState } from 'react';
import type { Lesson } from '../content/lesson/lesson-types';
import { loadLesson } from '../content/lesson/lessons';
import type { Language } from '../content/ui/messages';

export type LessonState =
  | { status: 'loading' }
  | { status: 'ready'; lesson: Lesson }
  | { status: 'failed'; retry: () => void };

/** The lesson renderer, with KaTeX: a chunk of its own, fetched together with the lesson's text. */
export const loadLessonView = () => import('../features/lesson/renderer/LessonView');

/**
 * Starts fetching the lesson in `language` and its renderer, side by side; resolves to the lesson.
 * main.tsx calls it before the first render, so neither waits for React.
 */
export function preloadLesson(language: Language): Promise<Lesson> {
  return Promise.all([loadLesson(language), loadLessonView()]).then(([lesson]) => lesson);
}

/**
 * The lesson in `language`, loaded on demand (each language is its own small chunk), once its
 * renderer has arrived too. After a language switch the previous lesson stays on screen until the
 * new one arrives.
 */
export function useLesson(language: Language): LessonState {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<LessonState>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    preloadLesson(language).then(
      (lesson) => {
        if (current) setState({ status: 'ready', lesson });
      },
      () => {
        if (current) setState({ status: 'failed', retry: () => setAttempt((count) => count + 1) });
      },
    );
    return () => {
      current = false;
    };
  }, [language, attempt]);
  return state;
}
