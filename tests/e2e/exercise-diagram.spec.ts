import type { Page } from '@playwright/test';
import { exerciseSpec } from '../../src/core/exercise/config';
import { orientationFor } from '../../src/features/exercise/network-diagram/geometry';
import { ARTIFACTS, exercise, expect, openLesson, test } from './fixtures';

/**
 * The network diagram in a real browser: it lays itself out for its width (one SVG unit per CSS
 * px), so its type is the size the stylesheet asks for; weight labels never cover one another.
 */

/** Least rendered sizes (CSS px): weight text, and node values (larger on a projector). */
const WEIGHT_TEXT = 13;
const NODE_VALUE = { normal: 15, projector: 16 } as const;

/** Steps to the update with the gradients shown: every label has its three lines. */
async function showWholeIteration(page: Page) {
  const widget = exercise(page);
  await widget.getByRole('checkbox', { name: 'Mostrar gradientes' }).check();
  const next = widget.getByRole('button', { name: 'Próximo passo', exact: true });
  const progress = widget.locator('.phase-progress');
  for (let press = 0; press < 6; press++) {
    const before = (await progress.textContent()) ?? '';
    await next.click();
    await expect(progress).not.toHaveText(before);
  }
  await expect(widget.getByTestId('gradient-arrow')).toHaveCount(9);
}

/**
 * Each text of `selector` as drawn: its computed font-size times its scale on screen, the height
 * of its box on screen (getBoundingClientRect) over its height in SVG units (getBBox); and the
 * whole SVG's scale, its drawn width over its viewBox width.
 */
async function renderedSizes(page: Page, selector: string) {
  return exercise(page)
    .locator('.network-diagram__svg')
    .evaluate((svg, textSelector) => {
      const element = svg as SVGSVGElement;
      return {
        scale: element.getBoundingClientRect().width / element.viewBox.baseVal.width,
        texts: [...element.querySelectorAll<SVGTextElement>(textSelector)].map((text) => {
          const fontSize = parseFloat(getComputedStyle(text).fontSize);
          const scale = text.getBoundingClientRect().height / text.getBBox().height;
          return { text: text.textContent ?? '', scale, rendered: fontSize * scale };
        }),
      };
    }, selector);
}

/** The on-screen boxes of every weight label's frame, every card and the loss card. */
async function labelAndCardBoxes(page: Page) {
  return exercise(page)
    .locator('.network-diagram__svg')
    .evaluate((svg) => {
      return [...svg.querySelectorAll('.network-diagram__label, .network-diagram__card')].map(
        (element) => {
          const { left, top, right, bottom } = element.getBoundingClientRect();
          const named = element.closest('[aria-label]')?.getAttribute('aria-label') ?? '?';
          return { name: named.split(' = ')[0] ?? named, left, top, right, bottom };
        },
      );
    });
}

type Box = Awaited<ReturnType<typeof labelAndCardBoxes>>[number];

/** Pairs of boxes that overlap by more than half a pixel each way. */
function overlaps(boxes: Box[]): string[] {
  const pairs: string[] = [];
  boxes.forEach((a, index) =>
    boxes.slice(index + 1).forEach((b) => {
      const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (x > 0.5 && y > 0.5) pairs.push(`${a.name} × ${b.name}`);
    }),
  );
  return pairs;
}

const CASES = [
  { name: 'widget-1280x800', path: '/?view=widget', width: 1280, height: 800, projector: false },
  { name: 'widget-1920x1080', path: '/?view=widget', width: 1920, height: 1080, projector: false },
  { name: 'lesson-1280x800', path: '/', width: 1280, height: 800, projector: false },
  {
    name: 'projector-1280x720',
    path: '/?view=widget&mode=projector',
    width: 1280,
    height: 720,
    projector: true,
  },
] as const;

for (const { name, path, width, height, projector } of CASES) {
  test(`${name}: drawn at full size, weight text ≥ ${WEIGHT_TEXT} px, node values ≥ ${
    projector ? NODE_VALUE.projector : NODE_VALUE.normal
  } px`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openLesson(page, path);
    await showWholeIteration(page);
    const weights = await renderedSizes(page, '.network-diagram__weight-text');
    const values = await renderedSizes(page, '.network-diagram__value');
    // laid out for its width: never scaled down at these sizes
    expect(weights.scale).toBeGreaterThanOrEqual(0.999);
    // 9 parameters, each with its value, gradient and new value
    expect(weights.texts).toHaveLength(27);
    // inputs (2), z and a of 3 neurons (6), L and y
    expect(values.texts).toHaveLength(10);
    for (const { text, scale, rendered } of weights.texts) {
      expect(scale, `"${text}" drawn at the SVG's scale`).toBeCloseTo(weights.scale, 2);
      expect(rendered, `weight text "${text}"`).toBeGreaterThanOrEqual(WEIGHT_TEXT);
    }
    const least = projector ? NODE_VALUE.projector : NODE_VALUE.normal;
    for (const { text, scale, rendered } of values.texts) {
      expect(scale, `"${text}" drawn at the SVG's scale`).toBeCloseTo(values.scale, 2);
      expect(rendered, `node value "${text}"`).toBeGreaterThanOrEqual(least);
    }
    await exercise(page)
      .locator('.network-diagram__figure')
      .screenshot({ path: `${ARTIFACTS}/exercise-diagram-${name}.png` });
  });
}

for (const width of [1280, 375]) {
  test(`widget at ${width} px: no weight label overlaps another label or a card`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await openLesson(page, '/?view=widget');
    await showWholeIteration(page);
    const boxes = await labelAndCardBoxes(page);
    // 6 weight labels, 2 inputs, 3 neurons and the loss card
    expect(boxes).toHaveLength(12);
    expect(overlaps(boxes)).toEqual([]);
    // left to right exactly when the container holds that layout at full size
    const container = await exercise(page)
      .locator('.network-diagram')
      .evaluate((element) => element.getBoundingClientRect().width);
    const spec = exerciseSpec('sigmoid', 'halfSquaredError');
    await expect(exercise(page).locator('.network-diagram__svg')).toHaveClass(
      new RegExp(`network-diagram__svg--${orientationFor(Math.floor(container), spec)}`),
    );
    await exercise(page)
      .locator('.network-diagram__figure')
      .screenshot({ path: `${ARTIFACTS}/exercise-diagram-widget-${width}-labels.png` });
  });
}

test('hovering a weight’s label lights its edge; focusing it from the keyboard too', async ({
  page,
}) => {
  await openLesson(page, '/?view=widget');
  const widget = exercise(page);
  const label = widget.getByRole('button', { name: / — Peso w₂₁ = / });
  const edge = widget.locator('[data-testid="weight-edge"][data-parameter="w-0-1-0"]');
  await expect(edge).toHaveAttribute('data-highlighted', 'false');
  await label.hover();
  await expect(edge).toHaveAttribute('data-highlighted', 'true');
  await expect(widget.getByRole('region', { name: /Detalhes: Peso w₂₁/ })).toBeVisible();
  await page.mouse.move(0, 0);
  await expect(edge).toHaveAttribute('data-highlighted', 'false');
  await label.focus();
  await expect(edge).toHaveAttribute('data-highlighted', 'true');
  await page.keyboard.press('Tab');
  await expect(edge).toHaveAttribute('data-highlighted', 'false');
});
