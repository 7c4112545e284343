// @vitest-environment node
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { rulesFor } from './lint-helpers';

const module = (code: string) => `${code}\nexport {};\n`;

describe('imports flow one way: core and progress ← content ← store ← ui ← features ← labs ← app', () => {
  it.each([
    ['the core', 'the store', 'src/core/fixture.ts', "import '../store/store';"],
    ['the core', 'the content', 'src/core/fixture.ts', "import '../content/ui/messages';"],
    ['the progress domain', 'a lab', 'src/progress/fixture.ts', "import '../labs/lab-registry';"],
    ['the content', 'the store', 'src/content/fixture.ts', "import '../store/store';"],
    ['the store', 'the shared UI', 'src/store/fixture.ts', "import '../ui/format';"],
    ['the store', 'a feature', 'src/store/fixture.ts', "import '../features/quiz/QuizCard';"],
    ['the store', 'a lab', 'src/store/fixture.ts', "import '../labs/optimizer-race/store';"],
    ['the shared UI', 'a feature', 'src/ui/fixture.ts', "import '../features/exercise';"],
    ['the shared UI', 'a lab', 'src/ui/fixture.ts', "import '../labs/lab-registry';"],
    [
      'a feature',
      'a lab',
      'src/features/exercise/fixture.ts',
      "import '../../labs/schedules/store';",
    ],
    ['a feature', 'the app', 'src/features/exercise/fixture.ts', "import '../../app/LabPage';"],
    [
      'a feature',
      'another feature’s insides',
      'src/features/lesson/fixture.ts',
      "import '../quiz/QuizCard';",
    ],
    [
      'a lab',
      'a feature’s insides',
      'src/labs/gradient-check/fixture.ts',
      "import '../../features/exercise/face/use-paused-session';",
    ],
    ['a lab', 'the store', 'src/labs/gradient-check/fixture.ts', "import '../../store/store';"],
    ['a lab', 'the app', 'src/labs/schedules/fixture.ts', "import '../../app/LabPage';"],
    ['a lab', 'another lab', 'src/labs/schedules/fixture.ts', "import '../optimizer-race/store';"],
    [
      'the labs’ shared pieces',
      'a lab',
      'src/labs/shared/fixture.ts',
      "import '../schedules/store';",
    ],
  ])('%s may not import %s', async (_from, _to, path, code) => {
    expect(await rulesFor(module(code), path)).toContain('import-x/no-restricted-paths');
  });

  it('lets each layer build on the ones below it, a feature or a lab on a feature’s public face, and a lab on its own folder and the shared pieces', async () => {
    const allowed: [string, string][] = [
      ['src/store/fixture.ts', "import '../core/rng';\nimport '../progress/scoring';"],
      ['src/ui/fixture.ts', "import '../store/store';\nimport '../content/ui/messages';"],
      [
        'src/features/lesson/fixture.ts',
        "import '../../store/store';\nimport '../../ui/format';\nimport '../quiz';\nimport '../exercise/index.ts';",
      ],
      [
        'src/labs/schedules/fixture.ts',
        "import './store';\nimport '../shared/LabFrame';\nimport '../define-lab';\nimport '../../features/exercise';\nimport '../../ui/format';",
      ],
      [
        'src/app/fixture.ts',
        "import '../labs/lab-registry';\nimport '../features/exercise/ExerciseSection';\nimport '../store/store';",
      ],
    ];
    for (const [path, code] of allowed)
      expect(await rulesFor(module(code), path), path).toEqual([]);
  });
});

describe('pure code: the core and every lab model', () => {
  it.each([
    ['src/core/fixture.tsx', "import { useState } from 'react';\nexport const hook = useState;"],
    [
      'src/labs/schedules/model/fixture.ts',
      "import { create } from 'zustand';\nexport { create };",
    ],
    [
      'src/labs/schedules/model/fixture.ts',
      "import { useSchedulesStore } from '../store';\nexport { useSchedulesStore };",
    ],
    [
      'src/labs/schedules/model/fixture.ts',
      "import { LabFrame } from '../../shared/LabFrame';\nexport { LabFrame };",
    ],
  ])('%s may not import React, the store or the section around it', async (path, code) => {
    expect(await rulesFor(code, path)).toContain('no-restricted-imports');
  });

  it.each([
    ['globalThis', 'export const host = globalThis.location;'],
    ['self', 'export const host = self.location;'],
    ['window', 'export const width = window.innerWidth;'],
  ])('may not reach the host through %s', async (_name, code) => {
    expect(await rulesFor(code, 'src/core/fixture.ts')).toContain('no-restricted-globals');
    expect(await rulesFor(code, 'src/labs/schedules/model/fixture.tsx')).toContain(
      'no-restricted-globals',
    );
  });

  it.each([
    ['a dynamic import', "export const later = () => import('react-dom');"],
    ['the clock', 'export const now = () => new Date();'],
  ])('may not use %s', async (_name, code) => {
    expect(await rulesFor(code, 'src/core/fixture.ts')).toContain('no-restricted-syntax');
    expect(await rulesFor(code, 'src/labs/schedules/model/fixture.ts')).toContain(
      'no-restricted-syntax',
    );
  });

  it('may use chance only through a seeded generator', async () => {
    expect(await rulesFor('export const r = Math.random();', 'src/core/fixture.ts')).toContain(
      'no-restricted-properties',
    );
  });

  it('lets a lab model build on the core and on itself', async () => {
    const code =
      "import { createRng } from '../../../core/rng';\nimport { RACE_START } from './race-surface';\nexport { createRng, RACE_START };\n";
    expect(await rulesFor(code, 'src/labs/optimizer-race/model/fixture.ts')).toEqual([]);
  });
});

describe('no import cycles', () => {
  it('rejects a module that imports one that imports it back', async () => {
    // the store imports its persistence options; persistence importing the store closes a circle
    const code = "import { useAppStore } from './store';\nexport const store = useAppStore;\n";
    expect(await rulesFor(code, 'src/store/persistence.ts')).toContain('import-x/no-cycle');
  });
});

describe('the code as it is', () => {
  it('keeps every boundary', async () => {
    const eslint = new ESLint({ cwd: process.cwd() });
    const results = await eslint.lintFiles(['src/**/*.{ts,tsx}']);
    const boundaryRules = new Set([
      'import-x/no-restricted-paths',
      'import-x/no-cycle',
      'no-restricted-imports',
      'no-restricted-globals',
      'no-restricted-syntax',
      'no-restricted-properties',
    ]);
    const broken = results.flatMap((result) =>
      result.messages
        .filter((message) => message.ruleId !== null && boundaryRules.has(message.ruleId))
        .map((message) => `${result.filePath}: ${message.message}`),
    );
    expect(broken).toEqual([]);
  }, 120_000);
});
