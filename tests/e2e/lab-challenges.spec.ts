import type { Page } from '@playwright/test';
import { axeViolations } from './axe';
import { ARTIFACTS, expect, labInLesson, PAGE_LOAD_TIMEOUT, settings, test } from './fixtures';

const section = (page: Page) => page.locator('#lab-challenges');
const widget = (page: Page) => page.locator('#backprop-widget');
const ratesCard = (page: Page) => section(page).locator('li[data-challenge="learningRates"]');

/** Picks η with the slider's keyboard: End is its largest value, Home its smallest. */
async function learningRateKey(page: Page, key: 'End' | 'Home', shown: string) {
  await widget(page)
    .getByRole('slider', { name: /Taxa de aprendizado/ })
    .focus();
  await page.keyboard.press(key);
  await expect(widget(page).locator('.control-learning-rate output')).toHaveText(shown);
}

/** Trains until the iteration limit stops it. */
async function trainToLimit(page: Page) {
  await widget(page).getByRole('button', { name: 'Treinar automático' }).click();
  await expect(widget(page).getByText(/limite de 150 iterações/)).toBeVisible({ timeout: 20_000 });
}

test('an η that diverges and one that crawls complete a challenge, counted and announced', async ({
  page,
}) => {
  await page.goto('/?view=lab&id=challenges');
  await expect(
    section(page).getByRole('heading', { level: 1, name: 'Desafios no exercício 2–2–1' }),
  ).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
  await expect(section(page).getByText('0 de 3 desafios cumpridos.')).toBeVisible();
  await expect(ratesCard(page).getByText('Ainda não cumprido')).toBeVisible();

  // "Ir para o exercício" takes keyboard focus to the exercise drawn below the cards
  await ratesCard(page).getByRole('button', { name: 'Ir para o exercício' }).click();
  await expect(widget(page)).toBeFocused();

  const drawer = await settings(page);
  const limit = drawer.getByRole('textbox', { name: 'Limite de iterações' });
  await limit.fill('150');
  await limit.press('Enter');

  // first part: XOR with η = 50 — the loss jumps up and stays there
  await drawer.getByRole('combobox', { name: 'Dados de treino' }).selectOption('xor');
  await drawer.getByRole('checkbox', { name: /Ampliar η até 50/ }).check();
  await learningRateKey(page, 'End', '50,00');
  await trainToLimit(page);
  await expect(ratesCard(page)).toContainText('η que diverge: 50,00');
  await expect(ratesCard(page)).toContainText('η que se arrasta: ainda não encontrado');
  await expect(ratesCard(page).getByText('Ainda não cumprido')).toBeVisible();

  // second part: OR with the smallest η — the loss barely moves
  await drawer.getByRole('combobox', { name: 'Dados de treino' }).selectOption('or');
  // back to the seeded weights: the run at η = 50 left the sigmoids saturated
  await widget(page).getByRole('button', { name: 'Reset', exact: true }).click();
  await learningRateKey(page, 'Home', '0,01');
  await trainToLimit(page);
  await expect(ratesCard(page)).toContainText('η que se arrasta: 0,01');
  await expect(ratesCard(page).getByText('Cumprido', { exact: true })).toBeVisible();
  await expect(section(page).getByText('1 de 3 desafios cumpridos.')).toBeVisible();
  await expect(section(page).locator('.challenges-announcement')).toHaveText(
    'Desafio cumprido: Encontre um η que diverge e um que se arrasta.',
  );

  await section(page)
    .locator('.challenges-list')
    .screenshot({ path: `${ARTIFACTS}/lab-challenges.png` });

  // kept after a reload, with the quiz answers
  await page.reload();
  await expect(ratesCard(page).getByText('Cumprido', { exact: true })).toBeVisible();
  await expect(ratesCard(page)).toContainText('η que diverge: 50,00');

  // the exercise shown under the cards is scanned in its own view (accessibility.spec.ts)
  expect(
    await axeViolations(page, { include: ['#lab-challenges'], exclude: ['#backprop-widget'] }),
  ).toEqual([]);
});

test('"Ir para o exercício" clicked before the exercise has arrived focuses it when it does', async ({
  page,
}) => {
  // hold the exercise's code back until the button has been clicked
  let release = () => {};
  const clicked = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/ExerciseSection-[^/]*\.js$/, async (route) => {
    await clicked;
    await route.continue();
  });
  await page.goto('/?view=lab&id=challenges');
  await expect(section(page).getByText('Carregando o exercício…')).toBeVisible({
    timeout: PAGE_LOAD_TIMEOUT,
  });
  await ratesCard(page).getByRole('button', { name: 'Ir para o exercício' }).click();
  release();
  await expect(widget(page).getByRole('heading', { level: 2 })).toBeVisible();
  await expect(widget(page)).toBeFocused();
  await expect(section(page).getByText(/O exercício não está nesta página/)).toHaveCount(0);
});

test('nothing is wider than 320 px outside plots', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/?view=lab&id=challenges&lang=en');
  await expect(
    section(page).getByRole('heading', { name: 'Make XOR work with two hidden neurons' }),
  ).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(overflow).toBeLessThanOrEqual(320);
});

test('inside the lesson, the cards lead to the exercise above and the progress panel counts them', async ({
  page,
}) => {
  await page.goto('/');
  const cards = await labInLesson(page, 'challenges');
  await expect(
    cards.getByRole('heading', { level: 3, name: 'Desafios no exercício 2–2–1' }),
  ).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
  // only the lesson's own exercise is on the page
  await expect(page.locator('#backprop-widget')).toHaveCount(1);
  await cards
    .locator('li[data-challenge="xor"]')
    .getByRole('button', { name: 'Ir para o exercício' })
    .click();
  await expect(widget(page)).toBeFocused();
  const panel = page.getByRole('region', { name: 'Seu progresso nas perguntas' });
  await expect(panel.getByText('Desafios cumpridos')).toBeVisible();
  await expect(
    panel.locator('dt', { hasText: 'Desafios cumpridos' }).locator('+ dd'),
  ).toContainText('0 de 3');
});
