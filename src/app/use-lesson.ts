import { useEffect, useState } from 'react';
import type { Lesson } from '../content/lesson/lesson-types';
import { loadLesson } from '../content/lesson/lessons';
import type { Language } from '../content/ui/messages';

export type LessonState =
  | { status: 'loading' }
  | { status: 'ready'; lesson: Lesson }
  | { status: 'failed'; retry: () => void };

/**
 * The lesson in `language`, loaded on demand (each language is its own small chunk). After a
 * language switch the previous lesson stays on screen until the new one arrives.
 */
export function useLesson(language: Language): LessonState {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<LessonState>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    loadLesson(language).then(
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
