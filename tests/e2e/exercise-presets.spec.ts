import type { Locator, Page } from '@playwright/test';
import { exerciseSpec } from '../../src/core/exercise/config';
import { LESSON_EXAMPLE_DEFAULT } from '../../src/core/exercise/data';
import { presetSetup } from '../../src/core/exercise/presets';
import { completeIteration, nextPhase, startSession } from '../../src/core/exercise/session';
import { initializeParameters } from '../../src/core/training/initialization';
import { axeViolations } from './axe';
import { ARTIFACTS, exercise, expect, openLesson, settings, test } from './fixtures';

/** The scenario picker, as a learner finds it. */
async function picker(page: Page) {
  return (await settings(page)).getByRole('combobox', { name: 'Cenários' });
}

/** The picker's polite live region: what to look for in the chosen scenario. */
function description(page: Page) {
  return exercise(page).locator('.preset-picker').getByRole('status');
}

/** The number a read-out ("Saída prevista", "Erro (BCE)"…) shows, read back from pt-BR. */
async function readout(page: Page, name: string | RegExp): Promise<number> {
  const row: Locator = exercise(page)
    .locator('.readout-list > div')
    .filter({ has: page.locator('dt', { hasText: name }) });
  const text = (await row.locator('dd').first().innerText()).split(/\s/)[0] ?? '';
  return shownNumber(text);
}

/** A number as the app writes it, "−1,234·10⁻⁶" or "0,5000", read back. */
function shownNumber(text: string): number {
  const [mantissa = '', power] = text.replace('−', '-').replace(',', '.').split('·10');
  if (power === undefined) return Number(mantissa);
  const exponent = [...power].map((c) => (c === '⁻' ? '-' : String('⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(c))));
  return Number(`${mantissa}e${exponent.join('')}`);
}

/** The core's overshoot: ŷ and ℓ before and after the first update of seed 0, Tanh, BCE, η = 50. */
function overshootByCore() {
  const setup = presetSetup('overshoot');
  const spec = exerciseSpec(setup.activation, setup.loss);
  const start = initializeParameters(exerciseSpec('sigmoid', 'halfSquaredError'), {
    scheme: 'uniform',
    seed: setup.seed ?? 0,
  });
  const before = startSession(spec, [LESSON_EXAMPLE_DEFAULT], start, setup.learningRate);
  const after = nextPhase(completeIteration(before));
  return { before: before.trace, after: after.trace };
}

test('the picker starts “Passo grande demais”, announces what to look for, and one step raises the loss', async ({
  page,
  problems,
}) => {
  await openLesson(page, '/?view=widget');
  await expect(await picker(page)).toHaveValue('');
  await expect(description(page)).toBeEmpty();
  await (await picker(page)).focus();
  await expect(await picker(page)).toBeFocused();
  await (await picker(page)).selectOption({ label: 'Passo grande demais' });
  await expect(description(page)).toContainText('uma única atualização leva ŷ de 0,385');
  await expect(description(page)).toHaveAttribute('aria-live', 'polite');
  await expect(exercise(page).locator('.control-learning-rate output')).toHaveText('50,00');
  const drawer = await settings(page);
  await expect(drawer.getByRole('combobox', { name: 'Função de ativação' })).toHaveValue('tanh');
  const core = overshootByCore();
  const next = exercise(page).getByRole('button', { name: 'Próximo passo' });
  const phase = exercise(page).locator('.phase-name');
  // forward through both layers, then the loss: iteration 0's ŷ and ℓ
  for (let press = 0; press < 3; press++) await next.click();
  await expect(phase).toContainText('Perda: o erro da saída');
  await expect
    .poll(() => readout(page, 'Saída prevista'))
    .toBeCloseTo(core.before.prediction[0]!, 3);
  await expect.poll(() => readout(page, 'Erro (BCE)')).toBeCloseTo(core.before.loss, 3);
  // the update, then iteration 1's forward pass and loss: ŷ near 0, and a larger loss
  await exercise(page).getByRole('button', { name: 'Completar iteração' }).click();
  for (let press = 0; press < 3; press++) await next.click();
  await expect(exercise(page).getByText('Iteração 1, fase 3 de 6')).toBeVisible();
  await expect.poll(() => readout(page, 'Saída prevista')).toBeLessThan(1e-5);
  const predictionAfter = await readout(page, 'Saída prevista');
  expect(predictionAfter / core.after.prediction[0]!).toBeCloseTo(1, 2);
  await expect.poll(() => readout(page, 'Erro (BCE)')).toBeCloseTo(core.after.loss, 1);
  expect(core.after.loss).toBeGreaterThan(core.before.loss);
  await exercise(page).screenshot({ path: `${ARTIFACTS}/exercise-preset-overshoot.png` });
  expect(problems).toEqual([]);
});

test('“XOR que sai do platô” ends its plateau within the default iteration limit', async ({
  page,
  problems,
}) => {
  await openLesson(page, '/?view=widget');
  await (await picker(page)).selectOption({ label: 'XOR que sai do platô' });
  const drawer = await settings(page);
  await expect(drawer.getByRole('combobox', { name: 'Dados de treino' })).toHaveValue('xor');
  await drawer
    .getByRole('combobox', { name: 'Velocidade' })
    .selectOption({ label: 'O mais rápido possível' });
  await exercise(page).getByRole('button', { name: 'Treinar automático' }).click();
  await expect(exercise(page).getByText(/limite de 10\.000 iterações/)).toBeVisible({
    timeout: 60_000,
  });
  // ½(y − ŷ)² at ŷ = ½ on every example is 0.125: the mean loss ends far below it
  await expect.poll(() => readout(page, /Perda média nos 4 exemplos/)).toBeLessThan(0.125 / 10);
  // training and stopping are no change of setting: the scenario is still the chosen one
  await expect(await picker(page)).toHaveValue('xor-escapes');
  await exercise(page).screenshot({ path: `${ARTIFACTS}/exercise-preset-xor-escapes.png` });
  expect(problems).toEqual([]);
});

test('changing a setting returns the picker to “—” and says the description may no longer hold', async ({
  page,
  problems,
}) => {
  await openLesson(page, '/?view=widget');
  await (await picker(page)).selectOption('saturated');
  await expect(description(page)).toContainText('Início saturado');
  const drawer = await settings(page);
  await drawer
    .getByRole('combobox', { name: 'Função de perda' })
    .selectOption('binaryCrossEntropy');
  await expect(await picker(page)).toHaveValue('');
  await expect(description(page)).toContainText('Você mudou as configurações');
  expect(await axeViolations(page, { include: ['.preset-picker'] })).toEqual([]);
  expect(problems).toEqual([]);
});

test('a teacher’s link opens a scenario, and can hide the picker', async ({ page, problems }) => {
  await openLesson(page, '/?view=widget&lang=en&preset=relu-dead');
  const drawer = await settings(page);
  const english = drawer.getByRole('combobox', { name: 'Scenarios' });
  await expect(english).toHaveValue('relu-dead');
  await expect(description(page)).toContainText('exactly zero gradient');
  // the language chosen by the first link is remembered: this one asks for pt-BR again
  await openLesson(page, '/?view=widget&lang=pt-BR&preset=relu-dead&controls=steps');
  await expect(await picker(page)).toHaveCount(0);
  await expect(exercise(page).getByRole('button', { name: 'Próximo passo' })).toBeVisible();
  expect(problems).toEqual([]);
});
