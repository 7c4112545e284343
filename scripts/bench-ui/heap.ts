import type { Browser } from '@playwright/test';
import { freshPage, heapAfterGc } from './browser';
import {
  EXERCISE_VIEWPORT,
  exercise,
  openExercise,
  pauseButton,
  prepareAutoTraining,
  shownIteration,
  startButton,
} from './exercise-page';
import { megabytes, seconds } from './stats';
import type { Row } from './table';

const ITERATIONS = 1_000_000;
const GROWTH_BUDGET = 20e6;
const TIMEOUT_MS = 150_000;

/**
 * JS heap after a forced GC, before and after ITERATIONS iterations run through the UI:
 * "Treinar automático" at maximum speed with the iteration limit set to ITERATIONS, so nothing
 * new is exposed on the page.
 */
export async function measureHeap(browser: Browser, url: string): Promise<Row[]> {
  const { context, page, cdp } = await freshPage(browser, EXERCISE_VIEWPORT);
  try {
    await openExercise(page, url);
    await prepareAutoTraining(page, ITERATIONS);
    const before = await heapAfterGc(cdp);
    const started = Date.now();
    await startButton(page).click();
    await pauseButton(page).waitFor();
    // the button reads "Treinar automático" again once the limit stops training
    await page
      .locator('#backprop-widget [aria-pressed="false"]', { hasText: 'Treinar automático' })
      .waitFor({ timeout: TIMEOUT_MS });
    const elapsed = Date.now() - started;
    const shown = await shownIteration(page);
    const byLimit = await exercise(page)
      .getByText(/limite de .* iterações atingido/)
      .isVisible();
    const after = await heapAfterGc(cdp);
    const growth = after - before;
    return [
      {
        group: 'memory',
        metric: `JS heap growth over ${ITERATIONS.toLocaleString('en')} iterations (after GC)`,
        value: megabytes(growth),
        target: `≤ ${megabytes(GROWTH_BUDGET)}`,
        meets: growth <= GROWTH_BUDGET,
        note: [
          `before ${megabytes(before).slice(1)}, after ${megabytes(after).slice(1)}`,
          `run through the UI in ${seconds(elapsed)}`,
          `${byLimit ? 'stopped' : 'NOT stopped'} by the limit (banner: iteration ${shown.toLocaleString('en')})`,
        ].join('; '),
      },
    ];
  } finally {
    await context.close();
  }
}
