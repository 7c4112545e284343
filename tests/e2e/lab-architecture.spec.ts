import type { Locator, Page } from '@playwright/test';
import { traceExample } from '../../src/core/network/trace';
import { paletteChannel } from '../../src/labs/architecture/model/architecture-palette';
import {
  createArchitectureRun,
  NEURON_RESOLUTION,
} from '../../src/labs/architecture/model/architecture-run';
import { cellCentre } from '../../src/labs/architecture/model/decision-grid';
import { featureVector, type FeatureName } from '../../src/labs/architecture/model/features';
import { ARCHITECTURE_DEFAULTS } from '../../src/labs/architecture/store';
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

/** The RGBA bytes of a canvas as the page drew them. */
function canvasPixels(canvas: Locator): Promise<number[]> {
  return canvas.evaluate((element: HTMLCanvasElement) =>
    Array.from(element.getContext('2d')!.getImageData(0, 0, element.width, element.height).data),
  );
}

/**
 * The colour the drawing should give hidden neuron `neuron` of layer `layer` (both from 0) at
 * the given cells, computed here in Node: the lab's initial network for `features` (seeded, so the
 * page builds the same one), each cell's output from the core's autodiff graph (traceExample),
 * divided by s = max(1, max |a| over the grid) and put through the map's palette at (a/s + 1)/2.
 */
function expectedColours(
  features: FeatureName[],
  layer: number,
  neuron: number,
  cells: [number, number][],
): number[][] {
  const run = createArchitectureRun({ ...ARCHITECTURE_DEFAULTS, features });
  const parameters = run.trainer.parameters();
  const output = (row: number, column: number) => {
    const [x1, x2] = cellCentre(NEURON_RESOLUTION, run.bounds, row, column);
    const trace = traceExample(run.spec, parameters, {
      input: featureVector(features, x1, x2),
      target: [0],
    });
    return trace.layers[layer]!.a[neuron]!;
  };
  let scale = 1;
  for (let row = 0; row < NEURON_RESOLUTION; row++) {
    for (let column = 0; column < NEURON_RESOLUTION; column++) {
      scale = Math.max(scale, Math.abs(output(row, column)));
    }
  }
  return cells.map(([row, column]) => {
    const shade = (output(row, column) / scale + 1) / 2;
    return [...Uint8ClampedArray.from([0, 1, 2].map((c) => paletteChannel(shade, c as 0 | 1 | 2)))];
  });
}

const CELLS: [number, number][] = [
  [0, 0],
  [5, 17],
  [12, 12],
  [20, 3],
  [23, 23],
];

/** The drawn colour of each cell (one canvas pixel per cell), polled until the page has drawn it. */
async function drawnColours(canvas: Locator, cells: [number, number][]): Promise<number[][]> {
  await expect.poll(async () => (await canvasPixels(canvas))[3]).toBe(255);
  const pixels = await canvasPixels(canvas);
  return cells.map(([row, column]) => {
    const base = (row * NEURON_RESOLUTION + column) * 4;
    return pixels.slice(base, base + 3);
  });
}

/** Each channel within 1 of the expected one (the canvas stores bytes, as the palette rounds). */
function expectClose(drawn: number[][], expected: number[][]) {
  drawn.forEach((colour, cell) =>
    colour.forEach((channel, index) =>
      expect(Math.abs(channel - expected[cell]![index]!)).toBeLessThanOrEqual(1),
    ),
  );
}

test('trains the circle: the loss falls and the decision map changes', async ({ page }) => {
  await page.goto('/?view=lab&id=architecture');
  const section = page.locator('#lab-architecture');
  await expect(section.getByRole('heading', { level: 1, name: 'Arquitetura e dados' })).toBeVisible(
    { timeout: PAGE_LOAD_TIMEOUT },
  );
  const circle = section
    .getByRole('group', { name: 'Conjunto de dados' })
    .getByRole('button', { name: 'Círculo' });
  await circle.click();
  await expect(circle).toHaveAttribute('aria-pressed', 'true');
  await expect(section.getByText('Forma da rede: 2–8–8–1', { exact: true })).toBeVisible();
  await expect.poll(() => readout(section, 'Passo')).toBe(0);

  const lossBefore = await readout(section, 'Perda de treino (BCE)');
  const testLossBefore = await readout(section, 'Perda de teste (BCE)');
  const pixelsBefore = await heatmapSample(page);
  const neuron = section.getByRole('img', { name: 'Neurônio 1 da camada 2' });
  const neuronBefore = await canvasPixels(neuron);

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
  // the neurons' pictures follow the training too, and the sparkline has a line
  expect(await canvasPixels(neuron)).not.toEqual(neuronBefore);
  const sparkline = section.getByRole('img', {
    name: 'Perda de treino e de teste ao longo dos passos',
  });
  const points = await sparkline.locator('polyline').first().getAttribute('points');
  expect(points!.split(' ').length).toBeGreaterThan(10);

  await section.locator('summary', { hasText: 'Descrição do mapa e valores atuais' }).click();
  await expect(section.getByRole('table', { name: 'Resumo do treino' })).toBeVisible();
  await section.screenshot({ path: `${ARTIFACTS}/lab-architecture.png` });

  expect(await axeViolations(page)).toEqual([]);
});

test('draws each neuron as its output over the plane, as the core computes it', async ({
  page,
}) => {
  await page.goto('/?view=lab&id=architecture');
  const section = page.locator('#lab-architecture');
  const first = section.getByRole('img', { name: 'Neurônio 3 da camada 1' });
  await expect(first).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
  const plain: FeatureName[] = ['x1', 'x2'];
  expectClose(await drawnColours(first, CELLS), expectedColours(plain, 0, 2, CELLS));
  const second = section.getByRole('img', { name: 'Neurônio 5 da camada 2' });
  expectClose(await drawnColours(second, CELLS), expectedColours(plain, 1, 4, CELLS));

  // with x₁² as a third input the network is rebuilt (same seed) and drawn anew
  await section.getByRole('button', { name: 'x₁²', exact: true }).click();
  await expect(section.getByText('Forma da rede: 3–8–8–1', { exact: true })).toBeVisible();
  const squared: FeatureName[] = ['x1', 'x2', 'x1Squared'];
  const expected = expectedColours(squared, 0, 2, CELLS);
  expect(expected).not.toEqual(expectedColours(plain, 0, 2, CELLS));
  await expect
    .poll(async () => {
      const drawn = await drawnColours(first, CELLS);
      return drawn.every((colour, cell) =>
        colour.every((channel, index) => Math.abs(channel - expected[cell]![index]!) <= 1),
      );
    })
    .toBe(true);
});

test('input features: each toggle changes the inputs drawn, and one stays on', async ({ page }) => {
  await page.goto('/?view=lab&id=architecture&lang=en');
  const section = page.locator('#lab-architecture');
  const inputs = section.getByRole('group', { name: 'Inputs', exact: true });
  const nodes = section.getByRole('img', { name: /^Input / });
  await expect(nodes).toHaveCount(2, { timeout: PAGE_LOAD_TIMEOUT });
  await inputs.getByRole('button', { name: 'x₁x₂' }).click();
  await inputs.getByRole('button', { name: 'sin x₂' }).click();
  await expect(nodes).toHaveCount(4);
  await expect(section.getByRole('img', { name: 'Input sin x₂' })).toBeVisible();
  await expect(section.getByText('Network shape: 4–8–8–1', { exact: true })).toBeVisible();
  for (const name of ['x₁', 'x₂', 'x₁x₂']) {
    await inputs.getByRole('button', { name, exact: true }).click();
  }
  await expect(nodes).toHaveCount(1);
  const last = inputs.getByRole('button', { name: 'sin x₂' });
  await expect(last).toHaveAttribute('aria-pressed', 'true');
  await expect(last).toBeDisabled();

  // + and − per layer, with their limits
  await section.getByRole('button', { name: 'Remove a neuron from layer 1' }).click();
  await expect(section.getByRole('img', { name: /^Neuron \d+ of layer 1$/ })).toHaveCount(7);
  await expect(section.getByRole('button', { name: 'Add a neuron to layer 2' })).toBeDisabled();
});

test('clamps a typed value and stops a diverging run with a message', async ({ page }) => {
  await page.goto('/?view=lab&id=architecture&lang=en');
  const section = page.locator('#lab-architecture');
  const batch = section.getByLabel('Batch size (1 to 200)');
  await batch.fill('500');
  await batch.press('Enter');
  await expect(batch).toHaveValue('200');
  await expect(section.getByText('Batch size: value outside 1 to 200; 200 used.')).toBeVisible({
    timeout: PAGE_LOAD_TIMEOUT,
  });

  await section.getByRole('button', { name: 'Remove a hidden layer' }).click();
  await expect(section.getByText('Network shape: 2–8–1', { exact: true })).toBeVisible();
  await section.getByRole('combobox', { name: 'Hidden-layer activation' }).selectOption('linear');
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

test('three columns from 1024 px: data, network, output side by side', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/?view=lab&id=architecture');
  const section = page.locator('#lab-architecture');
  await expect(page.getByTestId('lab-heatmap')).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
  const boxes = await Promise.all(
    ['Dados', 'Rede', 'Saída'].map((name) =>
      section.getByRole('group', { name, exact: true }).boundingBox(),
    ),
  );
  const [data, network, output] = boxes.map((box) => box!);
  expect(data!.x + data!.width).toBeLessThanOrEqual(network!.x + 1);
  expect(network!.x + network!.width).toBeLessThanOrEqual(output!.x + 1);
  expect(Math.abs(data!.y - output!.y)).toBeLessThan(2);
});

for (const width of [320, 375]) {
  test(`fits at ${width} px: no horizontal overflow, the columns stacked`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/?view=lab&id=architecture');
    const section = page.locator('#lab-architecture');
    await expect(page.getByTestId('lab-heatmap')).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
    await expect(section.getByRole('img', { name: 'Neurônio 8 da camada 2' })).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const data = (await section.getByRole('group', { name: 'Dados', exact: true }).boundingBox())!;
    const network = (await section
      .getByRole('group', { name: 'Rede', exact: true })
      .boundingBox())!;
    expect(network.y).toBeGreaterThanOrEqual(data.y + data.height - 1);
    await section.screenshot({ path: `${ARTIFACTS}/lab-architecture-${width}.png` });
  });
}

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
