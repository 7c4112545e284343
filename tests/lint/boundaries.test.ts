// @vitest-environment node
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { rulesFor } from './lint-helpers';

describe('one-way boundaries of the progress domain and the LMS adapters', () => {
  it.each([
    ['the store', "import { useAppStore } from '../store/store';"],
    ['a component', "import { QuizCard } from '../features/quiz/QuizCard';"],
    ['the app', "import { App } from '../app/App';"],
    ['the LMS adapters', "import { startLmsSession } from '../lms/lms-session';"],
    ['React', "import { useState } from 'react';"],
    ['zustand', "import { create } from 'zustand';"],
  ])('src/progress may not import %s', async (_name, code) => {
    expect(await rulesFor(`${code}\nexport {};\n`, 'src/progress/fixture.ts')).toContain(
      'no-restricted-imports',
    );
  });

  it.each([
    ['the store', "import type { AppState } from '../store/store';"],
    ['a component', "import { QuizCard } from '../features/quiz/QuizCard';"],
    ['zustand', "import type { StoreApi } from 'zustand';"],
  ])('src/lms may not import %s', async (_name, code) => {
    expect(await rulesFor(`${code}\nexport {};\n`, 'src/lms/fixture.ts')).toContain(
      'no-restricted-imports',
    );
  });

  it('lets both build on the core, the lesson types and the progress domain', async () => {
    const progress =
      "import { sigmoid } from '../core/scalar';\nimport type { Quiz } from '../content/lesson/lesson-types';\nexport { sigmoid };\nexport type { Quiz };\n";
    expect(await rulesFor(progress, 'src/progress/fixture.ts')).toEqual([]);
    const lms = "import { scoreAttempt } from '../progress/scoring';\nexport { scoreAttempt };\n";
    expect(await rulesFor(lms, 'src/lms/fixture.ts')).toEqual([]);
  });

  it('holds for the code as it is', async () => {
    const eslint = new ESLint({ cwd: process.cwd() });
    const results = await eslint.lintFiles(['src/progress/**/*.ts', 'src/lms/**/*.ts']);
    const broken = results.flatMap((result) =>
      result.messages
        .filter((message) => message.ruleId === 'no-restricted-imports')
        .map((message) => `${result.filePath}: ${message.message}`),
    );
    expect(broken).toEqual([]);
  });
});
