import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium';

/**
 * Specs whose tests open the whole lesson (20,000 elements, 338 formulas): one such page keeps a
 * core and more busy, so they run one at a time, beside the lighter views.
 */
const LESSON_SPECS = [
  'accessibility.spec.ts',
  'exercise.spec.ts',
  'frame-fit.spec.ts',
  'keyboard.spec.ts',
  'lesson.spec.ts',
  'robustness.spec.ts',
  'theme.spec.ts',
];

/** E2E_PORT and E2E_DIST let two builds be tested side by side (default: dist/ on 4173). */
const port = Number(process.env.E2E_PORT ?? 4173);
const outDir = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-artifacts/playwright',
  // tests are independent (each has its own page and browser context; the server only serves
  // files), so they run side by side, one worker per core of the 2-core machines this runs on,
  // but never two whole-lesson pages at once (see the projects)
  fullyParallel: true,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  projects: [
    { name: 'lesson', testMatch: LESSON_SPECS, workers: 1 },
    { name: 'views', testIgnore: LESSON_SPECS },
  ],
  retries: 0,
  // a safety net, not a budget: timing-reporter.ts lists each test against 3× its quiet time
  timeout: 60_000,
  reporter: [['list'], ['./timing-reporter.ts']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    // a failed test keeps its trace (test-artifacts/playwright/<test>/trace.zip: actions, console,
    // network, errors) and a screenshot. DOM snapshots stay off: taking one of the 20,000-element
    // lesson at every action made the lesson's tests three times slower (`--trace on` adds them)
    trace: { mode: 'retain-on-failure', snapshots: false, screenshots: false, sources: true },
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    // `vite preview` serves the production build in dist/ (built by `npm run test:e2e`).
    command: `node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${outDir}`,
    cwd: '../..',
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
