import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// the project root beside this file (inside Stryker's sandbox when it runs there)
const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The tests that exercise the pure code, for its mutation testing (`npm run test:mutation`): the
 * core's and the lab models' own tests in Node, and the store tests (the app's and the labs'),
 * some of which need a DOM (localStorage, the URL).
 */
export default defineConfig({
  root,
  test: {
    projects: [
      {
        root,
        test: {
          name: 'core',
          environment: 'node',
          include: [
            'tests/core/**/*.test.ts',
            'tests/labs/*/model/**/*.test.ts',
            'tests/progress/challenges/**/*.test.ts',
          ],
          exclude: ['tests/core/boundary.test.ts'],
        },
      },
      {
        root,
        test: {
          name: 'store',
          environment: 'jsdom',
          include: ['tests/store/**/*.test.ts', 'tests/labs/*/store.test.ts'],
          restoreMocks: true,
        },
      },
    ],
  },
});
