import type { Locator, Page } from '@playwright/test';

/** Tall enough to show the diagram, its legend and gradients, and the loss chart below them (at 1280 px wide). */
export const EXERCISE_VIEWPORT = { width: 1280, height: 1440 };

/** The exercise inside the lesson. */
export const exercise = (page: Page): Locator => page.locator('#backprop-widget');

/** Loads the lesson and waits for the exercise to be on the page (it may arrive lazily). */
export async function openExercise(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await exercise(page).getByRole('button', { name: 'Treinar automático' }).waitFor();
}

/**
 * Scrolls the diagram's top to the viewport's top; returns how far the page still is from there
 * (lesson sections take their real height as they come into view, which can move it again).
 */
const SCROLL_TO_DIAGRAM = `(() => {
  const figure = document.querySelector('#backprop-widget .network-diagram__figure');
  figure.scrollIntoView({ block: 'start', behavior: 'instant' });
  return Math.abs(figure.getBoundingClientRect().top);
})()`;

/** Types a number into one of the exercise's fields and commits it with Enter. */
async function commitNumber(page: Page, label: string, value: string): Promise<void> {
  const field = exercise(page).getByRole('textbox', { name: label });
  await field.fill(value);
  await field.press('Enter');
}

/**
 * Sets auto-training to its fastest speed, to stop only after `iterationLimit` iterations (a target
 * loss of 0 is never met), completes the first iteration, and scrolls so the diagram and the loss
 * chart are both on screen.
 */
export async function prepareAutoTraining(page: Page, iterationLimit: number): Promise<void> {
  // the settings drawer, opened from the exercise's bar and closed again once they are set
  const settings = exercise(page).getByRole('button', { name: 'Configurações', exact: true });
  await settings.click();
  const speed = exercise(page).getByRole('combobox', { name: 'Velocidade' });
  const fastest = (await speed.locator('option').count()) - 1;
  await speed.selectOption({ index: fastest });
  await commitNumber(page, 'Limite de iterações', String(iterationLimit));
  await commitNumber(page, 'Parar quando a perda ≤', '0');
  await settings.click();
  // one iteration, so the loss chart has its first point and its full height before scrolling
  await exercise(page).getByRole('button', { name: 'Completar iteração' }).click();
  await exercise(page).locator('.loss-chart .recharts-surface').waitFor();
  // the diagram at the top of the viewport (EXERCISE_VIEWPORT is tall enough for the chart too)
  for (let attempt = 0; attempt < 5; attempt++) {
    const offset = (await page.evaluate(SCROLL_TO_DIAGRAM)) as number;
    await page.waitForTimeout(100);
    if (offset <= 1) break;
  }
}

/** Whether at least half of the element is inside the viewport. */
export async function onScreen(locator: Locator): Promise<boolean> {
  const box = await locator.first().boundingBox();
  const viewport = locator.page().viewportSize();
  if (!box || !viewport) return false;
  const top = Math.max(0, box.y);
  const bottom = Math.min(viewport.height, box.y + box.height);
  return bottom - top >= box.height / 2;
}

/** The iteration the phase banner shows ("Iteração 12.345, fase …" → 12345). */
export async function shownIteration(page: Page): Promise<number> {
  const text = (await exercise(page).locator('.phase-progress').textContent()) ?? '';
  const digits = /(\d[\d.\s\u00a0]*)/.exec(text)?.[1] ?? '0';
  return Number(digits.replace(/[^\d]/g, ''));
}

export const startButton = (page: Page): Locator =>
  exercise(page).getByRole('button', { name: 'Treinar automático' });

export const pauseButton = (page: Page): Locator =>
  exercise(page).getByRole('button', { name: 'Pausar' });
