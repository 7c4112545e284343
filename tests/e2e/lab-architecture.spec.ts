import type { Locator, Page } from '@playwright/test';
import { axeViolations } from './axe';
import { ARTIFACTS, expect, labInLesson, PAGE_LOAD_TIMEOUT, test } from './fixtures';

/** The number shown beside a read-out's label, read in the pt-BR convention (decimal comma). */
async function readout(section: Locator, name: string): Promise<number> {
  const text = await section
    .locator('dt', { hasText: new RegExp(`^${name.replace(/[()]/g, '\\$&')}$`) })
    .locator('xpath=following-sibling::dd[1]')
    .textContent();
  // pt-BR as the app writes it: "1.234,5", "−0,25", "1,2·10⁻⁴", "97,5 %"
  const [mantissa = '', power] = (text ?? '').split('·10');
  const plain = mantissa
    .replace(/\./g, '')
    .replace(',', '.')
    .replace('−', '-')
    .replace(/[^\d.-]/g, '');
  const exponent = [...(power ?? '')]
    .map((c) => (c === '⁻' ? '-' : String('⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(c))))
    .join('');
  return Number(power === undefined ? plain : `${plain}e${exponent}`);
}

/** Every 7th byte of the canvas's pixels: enough to see the map change. */
function heatmapSample(page: Page): Promise<number[]> {
  return page.getByTestId('lab-heatmap').evaluate((canvas: HTMLCanvasElement) => {
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    return Array.from(data.filter((_, index) => index % 7 === 0));
  });
}

test('trains the circle: the loss falls and the decision map changes', async ({ page }) => {
  await page.goto('/?view=lab&id=architecture');
  const section = page.locator('#lab-architecture');
  await expect(section.getByRole('heading', { level: 1, name: 'Arquitetura e dados' })).toBeVisible(
    { timeout: PAGE_LOAD_TIMEOUT },
  );
  await section.getByRole('combobox', { name: 'Conjunto de dados' }).selectOption('circle');
  await expect(section.getByText('Forma da rede: 2–8–8–1')).toBeVisible();
  await expect.poll(() => readout(section, 'Passo')).toBe(0);

  const lossBefore = await readout(section, 'Perda de treino (BCE)');
  const testLossBefore = await readout(section, 'Perda de teste (BCE)');
  const pixelsBefore = await heatmapSample(page);

  // one step from the keyboard
  await section.getByRole('button', { name: 'Um passo' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => readout(section, 'Passo')).toBe(1);

  await section.getByRole('button', { name: 'Treinar' }).click();
  await expect(section.getByRole('button', { name: 'Pausar' })).toBeVisible();
  await expect.poll(() => readout(section, 'Passo'), { timeout: 20_000 }).toBeGreaterThan(600);
  await section.getByRole('button', { name: 'Pausar' }).click();
  await expect(section.getByText(/^Treino pausado no passo \d+/)).toBeVisible();

  const lossAfter = await readout(section, 'Perda de treino (BCE)');
  expect(lossAfter).toBeLessThan(lossBefore / 2);
  expect(await readout(section, 'Perda de teste (BCE)')).toBeLessThan(testLossBefore);
  expect(await readout(section, 'Acurácia de treino')).toBeGreaterThan(85);

  const pixelsAfter = await heatmapSample(page);
  const changed = pixelsAfter.filter((value, index) => value !== pixelsBefore[index]).length;
  expect(changed).toBeGreaterThan(pixelsAfter.length / 10);

  await section.locator('summary', { hasText: 'Descrição do mapa e valores atuais' }).click();
  await expect(section.getByRole('table', { name: 'Resumo do treino' })).toBeVisible();
  await section.screenshot({ path: `${ARTIFACTS}/lab-architecture.png` });

  expect(await axeViolations(page)).toEqual([]);
});

test('clamps a typed value and stops a diverging run with a message', async ({ page }) => {
  await page.goto('/?view=lab&id=architecture&lang=en');
  const section = page.locator('#lab-architecture');
  const depth = section.getByLabel('Hidden layers (1 to 6)');
  await depth.fill('9');
  await depth.press('Enter');
  await expect(depth).toHaveValue('6');
  await expect(section.getByText('Hidden layers: value outside 1 to 6; 6 used.')).toBeVisible({
    timeout: PAGE_LOAD_TIMEOUT,
  });

  await depth.fill('1');
  await section.getByRole('combobox', { name: 'Activation of layer 1' }).selectOption('linear');
  await section.getByRole('combobox', { name: 'Optimizer' }).selectOption('sgd');
  const rate = section.getByLabel('Learning rate η (0.0001 to 10)');
  await rate.fill('10');
  await rate.press('Enter');
  await section.getByRole('button', { name: 'Train' }).click();
  await expect(section.getByText(/^Training diverged at step \d+/)).toBeVisible({
    timeout: 20_000,
  });
  await expect(section.getByRole('button', { name: 'Train' })).toBeVisible();
});

test('fits at 320 px: nothing but the plot wider than the page', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/?view=lab&id=architecture');
  await expect(page.getByTestId('lab-heatmap')).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('is mounted in the lesson after the interactive exercise', async ({ page }) => {
  await page.goto('/');
  const section = await labInLesson(page, 'architecture');
  await expect(section.getByRole('heading', { level: 3, name: 'Arquitetura e dados' })).toBeVisible(
    { timeout: PAGE_LOAD_TIMEOUT },
  );
  await expect(section.getByRole('link', { name: 'Abrir esta seção sozinha' })).toHaveAttribute(
    'href',
    '?view=lab&id=architecture&lang=pt-BR',
  );
  await section.getByRole('button', { name: 'Um passo' }).click();
  await expect(
    section.locator('dt', { hasText: /^Passo$/ }).locator('xpath=following-sibling::dd[1]'),
  ).toHaveText('1');
});
