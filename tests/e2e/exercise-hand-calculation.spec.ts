import type { Page } from '@playwright/test';
import { exerciseSpec } from '../../src/core/exercise/config';
import {
  HAND_CALCULATION_SETUP,
  handCalculationKey,
} from '../../src/core/exercise/hand-calculation';
import { startSession } from '../../src/core/exercise/session';
import { PERSIST_NAME } from '../../src/store/persistence';
import { formatValue } from '../../src/ui/format';
import { axeViolations } from './axe';
import { ARTIFACTS, exercise, expect, openLesson, test } from './fixtures';

declare global {
  interface Window {
    /** What the stubbed window.print saw: the display of the sheet and of the app's root. */
    __printed?: { sheet: string; root: string }[];
  }
}

/** The first iteration of hand-calculation mode, by the core. */
function handSession() {
  const setup = HAND_CALCULATION_SETUP;
  return startSession(
    exerciseSpec(setup.activation, setup.loss),
    [setup.lessonExample!],
    setup.parameters!,
    setup.learningRate,
  );
}

const box = (page: Page, name: string) =>
  exercise(page).getByRole('textbox', { name: `Seu valor de ${name}` });

test.beforeEach(async ({ page }) => {
  await openLesson(page, '/?view=widget');
  await exercise(page).getByRole('checkbox', { name: 'Cálculo à mão' }).check();
});

test('starts from round numbers, takes a value with a comma, checks it and counts it', async ({
  page,
  problems,
}) => {
  const widget = exercise(page);
  await expect(widget.locator('.control-learning-rate output')).toHaveText('0,50');
  await expect(widget.getByText(/Tolerância: .*0,1%/)).toBeVisible();
  const session = handSession();
  const key = handCalculationKey(session, 'outputDelta');
  await box(page, '∂L/∂z_o').fill(key.toPrecision(5).replace('.', ','));
  await box(page, '∂L/∂z_o').press('Enter');
  await expect(
    widget.getByText(`Correto: ∂L/∂z_o = ${formatValue(key, 'pt-BR', 6)}`),
  ).toBeVisible();
  await expect(widget.locator('.hand-value-result').first()).toHaveAttribute('aria-live', 'polite');

  // a wrong value: the verdict says so and gives the value
  const slope = handCalculationKey(session, 'hiddenSlope');
  await box(page, '∂L/∂a₁').fill('0,5');
  await widget.getByRole('button', { name: 'Verificar ∂L/∂a₁' }).click();
  await expect(
    widget.getByText(
      `Ainda não: você digitou 0,500000; o valor é ∂L/∂a₁ = ${formatValue(slope, 'pt-BR', 6)}.`,
    ),
  ).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS}/exercise-hand-calculation.png` });

  // kept in the browser with the key it was scored by
  await page.reload();
  await expect(widget.getByRole('heading', { level: 2 })).toBeVisible();
  const saved = await page.evaluate(
    (name) => JSON.parse(localStorage.getItem(name) ?? 'null')?.state?.liveAnswers,
    PERSIST_NAME,
  );
  expect(saved['exercise-hand-output-delta']).toMatchObject({ kind: 'numeric', key });
  expect(saved['exercise-hand-hidden-slope']).toMatchObject({ value: 0.5, key: slope });
  expect(problems).toEqual([]);
});

test('each box closes when its phase shows the value, and "Próximo passo" is never blocked', async ({
  page,
}) => {
  const widget = exercise(page);
  const next = widget.getByRole('button', { name: 'Próximo passo' });
  for (let step = 0; step < 4; step++) {
    await expect(next).toBeEnabled();
    await next.click();
  }
  await expect(widget.locator('.phase-name')).toContainText('Retropropagação, saída');
  await expect(box(page, '∂L/∂z_o')).toHaveCount(0);
  await expect(widget.getByText(/∂L\/∂z_o já aparece nesta fase/)).toBeVisible();
  await expect(box(page, '∂L/∂w₁₁')).toBeVisible();
  await next.click();
  await expect(box(page, '∂L/∂w₁₁')).toHaveCount(0);
  await expect(box(page, 'v₁ depois da atualização')).toBeVisible();
  await expect(next).toBeEnabled();
});

test('prints the worked iteration alone, and the panel passes axe', async ({ page }) => {
  const widget = exercise(page);
  await widget.getByRole('button', { name: 'Mostrar a iteração resolvida' }).click();
  const sheet = widget.getByRole('region', { name: 'Iteração resolvida' });
  const z1 = handSession().trace.layers[0]!.z[0]!;
  await expect(sheet.getByText(/^z₁ = w₁₁·x₁/)).toContainText(formatValue(z1, 'pt-BR', 6));
  expect(await axeViolations(page, { include: ['.hand-calculation'] })).toEqual([]);

  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => {
    window.__printed = [];
    window.print = () => {
      const sheetElement = document.querySelector('.worked-print-sheet');
      const root = document.getElementById('root');
      window.__printed?.push({
        sheet: sheetElement ? getComputedStyle(sheetElement).display : 'missing',
        root: root ? getComputedStyle(root).display : 'missing',
      });
    };
  });
  // under print media the page may hide its controls: the click is dispatched to the button itself
  await widget
    .locator('.worked-iteration-actions button', { hasText: 'Imprimir' })
    .dispatchEvent('click');
  expect(await page.evaluate(() => window.__printed)).toEqual([{ sheet: 'block', root: 'none' }]);
  await expect(page.locator('.worked-print-sheet')).toHaveCount(0);
  await page.emulateMedia({ media: 'screen' });
});
