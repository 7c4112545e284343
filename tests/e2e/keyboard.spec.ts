import type { Page } from '@playwright/test';
import { exercise, expect, openLesson, test } from './fixtures';

/** The six phases of one iteration of the 2–2–1 network, as the phase banner names them. */
const PHASES = [
  'Passo direto, camada oculta',
  'Passo direto, saída',
  'Perda: o erro da saída',
  'Retropropagação, saída',
  'Retropropagação, camada oculta',
  'Atualização: cada parâmetro anda contra o gradiente',
];

/** Whether the focused element is, or is inside, an element matching `selector`. */
function focusIsIn(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((css) => document.activeElement?.closest(css) != null, selector);
}

/** Presses Tab (or Shift+Tab) until focus reaches `selector`; fails after `limit` presses. */
async function tabTo(page: Page, selector: string, limit = 400, key = 'Tab') {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press(key);
    if (await focusIsIn(page, selector)) return;
  }
  throw new Error(`${key} never reached ${selector} in ${limit} presses`);
}

test('a keyboard alone reaches the lesson, answers a quiz and runs the exercise', async ({
  page,
}) => {
  await openLesson(page);

  // the first Tab lands on the skip link, which moves focus to the main content
  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', { name: 'Pular para o conteúdo' });
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();

  // the first quiz: Space ticks the focused option, an arrow moves between radios, Enter checks
  await tabTo(page, 'form.quiz');
  const quiz = page.locator('form.quiz').first();
  await expect(quiz.locator('input').first()).toBeFocused();
  await page.keyboard.press('Space');
  await expect(quiz.locator('input').first()).toBeChecked();
  if ((await quiz.locator('input').first().getAttribute('type')) === 'radio') {
    await page.keyboard.press('ArrowDown');
    await expect(quiz.locator('input').nth(1)).toBeChecked();
    await expect(quiz.locator('input:checked')).toHaveCount(1);
  }
  await tabTo(page, 'form.quiz button[type=submit]', 10);
  await expect(quiz.getByRole('button', { name: 'Verificar' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(quiz.locator('.quiz-result')).toBeFocused();
  await expect(quiz.getByRole('button', { name: 'Tentar de novo' })).toBeVisible();

  // the exercise: its first tab stop is "Próximo passo" in the top bar ("Passo anterior" is off
  // before the first step); after the rest of the bar comes the phase banner, where Space
  // and → step the phases
  await tabTo(page, '#backprop-widget');
  await expect(exercise(page).getByRole('button', { name: 'Próximo passo' })).toBeFocused();
  await tabTo(page, '#backprop-widget .phase-banner', 20);
  const banner = exercise(page).getByRole('group', { name: 'Fase atual' });
  await expect(banner).toBeFocused();
  const phaseName = exercise(page).locator('.phase-name');
  for (const [index, phase] of PHASES.entries()) {
    await page.keyboard.press(index % 2 === 0 ? 'Space' : 'ArrowRight');
    await expect(phaseName).toContainText(phase);
    await expect(exercise(page).locator('.phase-progress')).toContainText(`fase ${index + 1} de 6`);
  }
  await expect(banner).toBeFocused();

  // the same iteration again with the buttons, pressed with Enter: back up to the top bar
  await tabTo(page, '#backprop-widget .step-buttons button.primary', 20, 'Shift+Tab');
  const next = exercise(page).getByRole('button', { name: 'Próximo passo' });
  await expect(next).toBeFocused();
  for (const phase of PHASES) {
    await page.keyboard.press('Enter');
    await expect(phaseName).toContainText(phase);
  }
  await expect(exercise(page).getByText('Iteração 1, fase 6 de 6')).toBeVisible();
  await page.keyboard.press('Tab');
  const complete = exercise(page).getByRole('button', { name: 'Completar iteração' });
  await expect(complete).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(exercise(page).getByText('Iteração 2, fase 6 de 6')).toBeVisible();

  // the live equations scroll sideways with the arrows: there → is not a shortcut
  await tabTo(page, '#backprop-widget .equation-lines');
  await page.keyboard.press('ArrowRight');
  // let a frame and a task pass, so that a shortcut, had it fired, would have been drawn
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));
  await expect(exercise(page).getByText('Iteração 2, fase 6 de 6')).toBeVisible();
});
