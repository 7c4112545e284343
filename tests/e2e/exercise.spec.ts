import type { Page } from '@playwright/test';
import { exerciseSpec } from '../../src/core/exercise/config';
import { traceExample } from '../../src/core/network/trace';
import { DEFAULT_SEED, initializeParameters } from '../../src/core/training/initialization';
import { ARTIFACTS, expect, PAGE_LOAD_TIMEOUT, settings, test } from './fixtures';

/** The exercise "Backpropagation – Passo a Passo", mounted inside the lesson. */
function exercise(page: Page) {
  return page.locator('#backprop-widget');
}

/** The core's trace of the lesson example through the default seed's weights. */
function defaultTrace() {
  const spec = exerciseSpec('sigmoid', 'halfSquaredError');
  const parameters = initializeParameters(spec, { scheme: 'uniform', seed: DEFAULT_SEED });
  return traceExample(spec, parameters, { input: [1, 0.5], target: [1] });
}

/** ∂L/∂θ from the trace for a diagram key such as "w-0-1-0" or "b-1-0". */
function gradientFor(key: string, trace: ReturnType<typeof defaultTrace>): number {
  const [kind, layer, row, column] = key.split('-');
  const layerTrace = trace.layers[Number(layer)]!;
  return kind === 'w'
    ? layerTrace.dLossDWeights[Number(row)]![Number(column)]!
    : layerTrace.dLossDBiases[Number(row)]!;
}

/** The y pixel of every vertex of the loss curve's SVG path (down the screen = lower loss). */
async function curveHeights(page: Page): Promise<number[]> {
  const path = await exercise(page).locator('.recharts-line-curve').first().getAttribute('d');
  const numbers = (path ?? '').match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
  return numbers.filter((_, index) => index % 2 === 1);
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(
    exercise(page).getByRole('heading', { name: 'Backpropagation – Passo a Passo' }),
  ).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
});

test('steps through one full iteration and names each phase', async ({ page, problems }) => {
  const next = exercise(page).getByRole('button', { name: 'Próximo passo' });
  const phases = [
    'Passo direto, camada oculta',
    'Passo direto, saída',
    'Perda: o erro da saída',
    'Retropropagação, saída',
    'Retropropagação, camada oculta',
    'Atualização: cada parâmetro anda contra o gradiente',
  ];
  for (const [index, phase] of phases.entries()) {
    await next.click();
    await expect(exercise(page).locator('.phase-name')).toContainText(phase);
    await page.screenshot({ path: `${ARTIFACTS}/exercise-phase-${index + 1}.png` });
  }
  await next.click();
  await expect(exercise(page).getByText('Iteração 1, fase 1 de 6')).toBeVisible();
  expect(problems).toEqual([]);
});

test('draws one gradient arrow per parameter, matching the core', async ({ page, problems }) => {
  await exercise(page).getByRole('checkbox', { name: 'Mostrar gradientes' }).check();
  await exercise(page).getByRole('button', { name: 'Completar iteração' }).click();
  const arrows = exercise(page).getByTestId('gradient-arrow');
  await expect(arrows).toHaveCount(9);
  const trace = defaultTrace();
  for (const arrow of await arrows.all()) {
    const key = (await arrow.getAttribute('data-parameter')) ?? '';
    const gradient = gradientFor(key, trace);
    expect(Number(await arrow.getAttribute('data-gradient'))).toBeCloseTo(gradient, 12);
    const direction = gradient < 0 ? 'increase' : gradient > 0 ? 'decrease' : 'none';
    expect(await arrow.getAttribute('data-direction')).toBe(direction);
  }
  await page
    .locator('#backprop-widget')
    .screenshot({ path: `${ARTIFACTS}/exercise-gradients.png` });
  expect(problems).toEqual([]);
});

test('auto-training for 3 s grows the loss curve', async ({ page, problems }) => {
  const drawer = await settings(page);
  await drawer.getByRole('combobox', { name: 'Velocidade' }).selectOption({ index: 3 });
  await exercise(page).getByRole('button', { name: 'Treinar automático' }).click();
  await expect(exercise(page).getByRole('button', { name: 'Pausar' })).toBeVisible();
  await page.waitForTimeout(1000);
  const early = (await curveHeights(page)).length;
  await page.waitForTimeout(2000);
  await exercise(page).getByRole('button', { name: 'Pausar' }).click();
  const late = (await curveHeights(page)).length;
  expect(early).toBeGreaterThan(1);
  expect(late).toBeGreaterThan(early);
  expect(problems).toEqual([]);
});

test('XOR with tanh and η = 50 gives a loss curve that is not monotone', async ({
  page,
  problems,
}) => {
  const drawer = await settings(page);
  await drawer.getByRole('combobox', { name: 'Dados de treino' }).selectOption('xor');
  await drawer.getByRole('combobox', { name: 'Função de ativação' }).selectOption('tanh');
  await drawer.getByRole('checkbox', { name: /Ampliar η até 50/ }).check();
  const slider = exercise(page).getByRole('slider', { name: /Taxa de aprendizado/ });
  await slider.focus();
  await page.keyboard.press('End');
  await expect(exercise(page).locator('.control-learning-rate output')).toHaveText('50,00');
  const limit = drawer.getByRole('textbox', { name: 'Limite de iterações' });
  await limit.fill('400');
  await limit.press('Enter');
  await exercise(page).getByRole('button', { name: 'Treinar automático' }).click();
  await expect(exercise(page).getByText(/limite de 400 iterações/)).toBeVisible({
    timeout: 20_000,
  });
  const heights = await curveHeights(page);
  const rises = heights.slice(1).filter((height, index) => height < heights[index]!).length;
  const falls = heights.slice(1).filter((height, index) => height > heights[index]!).length;
  expect(rises).toBeGreaterThan(0);
  expect(falls).toBeGreaterThan(0);
  await page
    .locator('#backprop-widget')
    .screenshot({ path: `${ARTIFACTS}/exercise-xor-eta-50.png` });
  expect(problems).toEqual([]);
});

test('an overflow pauses training with one message and no NaN or Infinity', async ({
  page,
  problems,
}) => {
  const drawer = await settings(page);
  await drawer.getByRole('combobox', { name: 'Função de ativação' }).selectOption('relu');
  await drawer
    .getByRole('combobox', { name: 'Função de perda' })
    .selectOption('binaryCrossEntropy');
  await drawer.locator('summary', { hasText: 'Pesos e vieses' }).click();
  // huge hidden weights, and output weights that make ŷ ≈ 0 for y = 1: the first update
  // pushes v₁, v₂ up by about η·1e200, and the next forward pass overflows
  for (const [name, value] of [
    ['w₁₁', '1e200'],
    ['w₂₁', '1e200'],
    ['v₁', '-1'],
    ['v₂', '-1'],
  ]) {
    const field = exercise(page).getByRole('textbox', { name, exact: true });
    await field.fill(value!);
    await field.press('Enter');
  }
  await exercise(page).getByRole('button', { name: 'Treinar automático' }).click();
  await expect(exercise(page).getByRole('alert')).toContainText('O treino divergiu');
  await expect(exercise(page).getByRole('button', { name: 'Treinar automático' })).toBeVisible();
  // the lesson's prose names `NaN` inside code spans; no number anywhere may read NaN or Infinity
  const text = await page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('code').forEach((code) => code.remove());
    return copy.textContent ?? '';
  });
  expect(text).not.toMatch(/NaN|Infinity/);
  expect(await exercise(page).innerText()).not.toMatch(/NaN|Infinity/);
  await page
    .locator('#backprop-widget')
    .screenshot({ path: `${ARTIFACTS}/exercise-divergence.png` });
  expect(problems).toEqual([]);
});
