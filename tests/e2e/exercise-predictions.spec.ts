import type { Page } from '@playwright/test';
import { exerciseSpec } from '../../src/core/exercise/config';
import { LESSON_EXAMPLE_DEFAULT } from '../../src/core/exercise/data';
import { weightDirection } from '../../src/core/exercise/predictions';
import { startSession } from '../../src/core/exercise/session';
import { DEFAULT_SEED, initializeParameters } from '../../src/core/training/initialization';
import { PERSIST_NAME } from '../../src/store/persistence';
import { axeViolations } from './axe';
import { ARTIFACTS, exercise, expect, openLesson, settings, test } from './fixtures';

/** The exercise's first iteration from the default seed, by the core. */
function defaultSession() {
  const spec = exerciseSpec('sigmoid', 'halfSquaredError');
  const parameters = initializeParameters(spec, { scheme: 'uniform', seed: DEFAULT_SEED });
  return startSession(spec, [LESSON_EXAMPLE_DEFAULT], parameters, 0.1);
}

const question = (page: Page, name: RegExp) => exercise(page).getByRole('form', { name });

async function step(page: Page, times = 1) {
  const next = exercise(page).getByRole('button', { name: 'Próximo passo' });
  for (let index = 0; index < times; index++) {
    await expect(next).toBeEnabled();
    await next.click();
  }
}

test.beforeEach(async ({ page }) => {
  await openLesson(page, '/?view=widget');
  await exercise(page).getByRole('checkbox', { name: 'Preveja antes de clicar' }).check();
});

test('asks before the step, answered by keyboard, and the step shows the verdict', async ({
  page,
  problems,
}) => {
  await step(page, 4); // the output's backward phase
  const oldWeight = question(page, /v₁ antigo ou o novo/);
  await expect(oldWeight).toBeVisible();
  expect(await axeViolations(page, { include: ['.predictions'] })).toEqual([]);
  await oldWeight.getByRole('radio', { name: /O antigo/ }).focus();
  await page.keyboard.press('Space');
  await expect(oldWeight.getByRole('radio', { name: /O antigo/ })).toBeChecked();
  await oldWeight.getByRole('button', { name: 'Responder' }).focus();
  await page.keyboard.press('Enter');
  const widget = exercise(page);
  await expect(widget.getByText(/Resposta registrada: O antigo/)).toBeVisible();
  await step(page);
  await expect(widget.getByText('Você acertou: O antigo (de antes da atualização).')).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS}/exercise-predictions.png` });
  expect(problems).toEqual([]);
});

test('predicts the direction of v₁ from the live gradient, and keeps the answer after a reload', async ({
  page,
}) => {
  await step(page, 5); // the hidden layer's backward phase: the update comes next
  const direction = question(page, /v₁ subir, descer ou ficar igual/);
  await expect(direction).toBeVisible();
  const key = weightDirection(defaultSession());
  const label = { up: 'Subir', down: 'Descer', unchanged: 'Ficar igual' }[key];
  await direction.getByRole('radio', { name: label }).check();
  await direction.getByRole('button', { name: 'Responder' }).click();
  await step(page);
  await expect(exercise(page).getByText(`Você acertou: ${label}.`)).toBeVisible();
  await expect(exercise(page).getByText(/v₁ foi de/)).toBeVisible();

  await page.reload();
  await expect(exercise(page).getByRole('heading', { level: 2 })).toBeVisible();
  const saved = await page.evaluate(
    (name) => JSON.parse(localStorage.getItem(name) ?? 'null')?.state?.liveAnswers,
    PERSIST_NAME,
  );
  expect(saved['exercise-predict-weight-direction']).toMatchObject({ kind: 'choice', options: 3 });
});

test('"Agora não" sets a question aside; the zero-gradient question comes at every loss phase', async ({
  page,
}) => {
  await step(page, 3); // the loss, with the seed's weights: no gradient is 0, and "none" is offered
  await expect(
    question(page, /exatamente 0/).getByRole('radio', { name: /^Nenhum/ }),
  ).toBeVisible();
  const drawer = await settings(page);
  await drawer.getByRole('button', { name: 'Zerar pesos' }).click();
  await step(page, 3);
  const zero = question(page, /exatamente 0/);
  await expect(zero).toBeVisible();
  await zero.getByRole('button', { name: 'Agora não' }).click();
  await expect(zero).toHaveCount(0);
  await step(page);
  await expect(exercise(page).locator('.phase-name')).toContainText('Retropropagação, saída');
});
