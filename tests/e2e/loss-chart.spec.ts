import type { Locator, Page } from '@playwright/test';
import { exerciseSpec } from '../../src/core/exercise/config';
import { datasetLoss } from '../../src/core/exercise/run';
import { DEFAULT_SEED, initializeParameters } from '../../src/core/training/initialization';
import { formatValue } from '../../src/ui/format';
import { AUTO_LOG_AFTER } from '../../src/features/exercise/loss-chart/chart-points';
import { ARTIFACTS, exercise, expect, openLesson, test } from './fixtures';

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The on-screen boxes of every element `locator` matches. */
async function boxes(locator: Locator): Promise<Box[]> {
  return locator.evaluateAll((elements) =>
    elements.map((element) => {
      const { left, top, right, bottom } = element.getBoundingClientRect();
      return { left, top, right, bottom };
    }),
  );
}

const intersects = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const inside = (inner: Box, outer: Box) =>
  inner.left >= outer.left - 0.5 &&
  inner.right <= outer.right + 0.5 &&
  inner.top >= outer.top - 0.5 &&
  inner.bottom <= outer.bottom + 0.5;

/** J(θ₀) of the lesson example at the default seed's weights: the chart's first point. */
function firstLoss(): number {
  const spec = exerciseSpec('sigmoid', 'halfSquaredError');
  const parameters = initializeParameters(spec, { scheme: 'uniform', seed: DEFAULT_SEED });
  return datasetLoss(spec, parameters, [{ input: [1, 0.5], target: [1] }]);
}

/** The axis title, tick labels and last-value label sit apart and inside the chart's SVG. */
async function expectLaidOut(chart: Locator) {
  const [svg] = await boxes(chart.locator('svg.recharts-surface').first());
  const [title] = await boxes(chart.locator('.loss-chart-axis-title'));
  const yTicks = await boxes(chart.locator('.recharts-yAxis-tick-labels text'));
  const xTicks = await boxes(chart.locator('.recharts-xAxis-tick-labels text'));
  const [lastValue] = await boxes(chart.locator('.loss-chart-last-value'));
  expect(svg && title && lastValue).toBeTruthy();
  expect(yTicks.length).toBeGreaterThanOrEqual(2);
  expect(xTicks.length).toBeGreaterThanOrEqual(2);
  for (const tick of yTicks)
    expect(intersects(title as Box, tick), 'title over a tick').toBe(false);
  for (const tick of [...yTicks, ...xTicks]) expect(inside(tick, svg as Box)).toBe(true);
  expect(inside(xTicks.at(-1) as Box, svg as Box), 'last iteration tick').toBe(true);
  expect(inside(title as Box, svg as Box)).toBe(true);
  expect(inside(lastValue as Box, svg as Box)).toBe(true);
}

async function train(page: Page, button: string, count: number) {
  const complete = exercise(page).getByRole('button', { name: button });
  for (let done = 0; done < count; done++) await complete.click();
}

const languages = [
  {
    language: 'pt-BR' as const,
    complete: 'Completar iteração',
    logScale: 'Escala logarítmica',
    loss: 'Perda',
  },
  { language: 'en' as const, complete: 'Complete iteration', logScale: 'Log scale', loss: 'Loss' },
];

for (const { language, complete, logScale, loss } of languages) {
  test(`the loss chart turns logarithmic, keeps its labels apart and reads its numbers (${language})`, async ({
    page,
    problems,
  }) => {
    await openLesson(page, `/?view=widget&lang=${language}`);
    const chart = exercise(page).locator('.loss-chart');
    const checkbox = chart.getByRole('checkbox', { name: logScale });
    await train(page, complete, AUTO_LOG_AFTER - 1);
    await expect(checkbox).not.toBeChecked();
    await expectLaidOut(chart);
    await train(page, complete, 2);
    await expect(checkbox).toBeChecked();
    await expectLaidOut(chart);
    await chart.screenshot({ path: `${ARTIFACTS}/loss-chart-${language}.png` });

    // the last point is labelled with its loss, as the text alternative's last row shows it
    await chart
      .getByText(language === 'pt-BR' ? 'Últimos valores da perda' : 'Latest loss values')
      .click();
    const lastCell = chart.locator('table tbody tr').last().locator('td').last();
    await expect(chart.locator('.loss-chart-last-value')).toHaveText(
      (await lastCell.textContent()) ?? '',
    );
    await expect(chart.locator('.loss-chart-last-value')).toHaveText(
      /^\d+[.,]\d+(·10⁻[⁰¹²³⁴⁵⁶⁷⁸⁹]+)?$/,
    );

    // the tooltip over the first point: "Perda: 0,1234", no space before the colon
    const path = (await chart.locator('.recharts-line-curve').first().getAttribute('d')) ?? '';
    const [x = 0, y = 0] = (/^M([\d.]+),([\d.]+)/.exec(path) ?? []).slice(1).map(Number);
    const surface = await chart.locator('svg.recharts-surface').first().boundingBox();
    await page.mouse.move((surface?.x ?? 0) + x + 1, (surface?.y ?? 0) + y);
    const tooltip = chart.locator('.recharts-tooltip-wrapper');
    await expect(tooltip).toContainText(`${loss}: ${formatValue(firstLoss(), language)}`);
    await expect(tooltip).not.toContainText(`${loss} :`);

    // unticked, the linear axis is laid out as cleanly
    await checkbox.uncheck();
    await expect(chart.locator('.recharts-yAxis-tick-labels text').first()).toHaveText(
      formatValue(0, language, 3, 1),
    );
    await expectLaidOut(chart);
    expect(problems).toEqual([]);
  });
}
