import type { Lesson } from './lesson-types';

export type LessonLanguage = 'pt-BR' | 'en';

/**
 * Each language is its own small chunk, parsed from Markdown at build time
 * (scripts/vite-lesson-plugin.ts) and fetched only when that language is shown.
 */
const LESSONS: Record<LessonLanguage, () => Promise<{ default: Lesson }>> = {
  'pt-BR': () => import('./lesson.pt-BR.md?lesson'),
  en: () => import('./lesson.en.md?lesson'),
};

export async function loadLesson(language: LessonLanguage): Promise<Lesson> {
  const module = await LESSONS[language]();
  return module.default;
}
