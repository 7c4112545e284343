// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lessonCheck } from '../../scripts/lesson-check';
import { loadLesson } from '../../src/content/lesson/lessons';
import { parseLesson } from '../../src/content/lesson/loader/parse-lesson';

const FILES = {
  'pt-BR': 'src/content/lesson/lesson.pt-BR.md',
  en: 'src/content/lesson/lesson.en.md',
};

describe('the real lesson files', () => {
  it('pass lesson:check together (pt-BR the reference, en matching it)', () => {
    const stderr: string[] = [];
    const code = lessonCheck([FILES['pt-BR'], FILES.en], {
      stdout: () => undefined,
      stderr: (text) => stderr.push(text),
    });
    expect(stderr.filter((line) => line.includes(': error: '))).toEqual([]);
    expect(code).toBe(0);
  });

  it.each(['pt-BR', 'en'] as const)('load in %s through the ?lesson plugin', async (language) => {
    const lesson = await loadLesson(language);
    expect(lesson).toEqual(parseLesson(readFileSync(FILES[language], 'utf8')).lesson);
    expect(lesson.sections.length).toBeGreaterThan(0);
  });
});
