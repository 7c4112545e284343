import type { Locator, Page } from '@playwright/test';
import { ARTIFACTS, exercise, expect, openLesson, test } from './fixtures';

/** The stepper's six phases, in the order the algorithm computes them. */
const PHASES = [
  'Direto: camada 1',
  'Direto: saída',
  'Perda',
  'Retro: saída',
  'Retro: oculta',
  'Atualização',
];

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The parts of the first screen, found by role and name. */
function parts(page: Page) {
  const widget = exercise(page);
  const column = widget.getByRole('complementary', { name: 'Esta fase' });
  return {
    widget,
    topBar: widget.getByRole('group', { name: 'Barra do exercício' }),
    stepper: widget.getByRole('list', { name: 'Fases da iteração' }),
    diagram: widget.getByRole('group', { name: 'Diagrama da rede 2–2–1' }),
    column,
    readouts: column.getByRole('region', { name: 'Leituras' }),
    next: widget.getByRole('button', { name: 'Próximo passo', exact: true }),
  };
}

async function box(locator: Locator): Promise<Box> {
  const found = await locator.boundingBox();
  expect(found, 'the element is laid out').not.toBeNull();
  return found!;
}

/** Whether `inner` lies inside `outer` (to the pixel's rounding). */
function inside(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x - 0.5 &&
    inner.y >= outer.y - 0.5 &&
    inner.x + inner.width <= outer.x + outer.width + 0.5 &&
    inner.y + inner.height <= outer.y + outer.height + 0.5
  );
}

/** The part of `element` its scrolling ancestors (the column, the equations) leave visible. */
async function visibleBox(locator: Locator): Promise<Box> {
  return locator.evaluate((element) => {
    let { left, top, right, bottom } = element.getBoundingClientRect();
    for (let node = element.parentElement; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.overflowY === 'visible' && style.overflowX === 'visible') continue;
      const clip = node.getBoundingClientRect();
      left = Math.max(left, clip.left);
      top = Math.max(top, clip.top);
      right = Math.min(right, clip.right);
      bottom = Math.min(bottom, clip.bottom);
    }
    return { x: left, y: top, width: Math.max(0, right - left), height: Math.max(0, bottom - top) };
  });
}

/** Brings the exercise's top bar to the top of the screen, where stepping starts. */
async function startAtTopBar(page: Page) {
  const { topBar, widget } = parts(page);
  await widget.getByRole('heading', { level: 2 }).scrollIntoViewIfNeeded();
  await topBar.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await expect.poll(async () => (await box(topBar)).y).toBeLessThanOrEqual(1);
}

test.describe('at 1280×800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the six phases fit on one screen and nothing moves between them', async ({ page }) => {
    await openLesson(page, '/?view=widget');
    const { topBar, stepper, diagram, column, readouts, next } = parts(page);
    await startAtTopBar(page);
    const screen = { x: 0, y: 0, width: 1280, height: 800 };
    const layout = async () => ({
      topBar: await box(topBar),
      stepper: await box(stepper),
      diagram: await box(diagram),
      column: await box(column),
    });
    const first = await layout();
    const chosenLines = [0, 0, 0, 1, 3, 1];
    for (let index = 0; index < PHASES.length; index++) {
      await next.click();
      const current = stepper.locator('[aria-current="step"]');
      await expect(current).toHaveAccessibleName(PHASES[index]!);
      // the boxes of the first screen are where they were before the first step
      expect(await layout(), `the layout after "${PHASES[index]}"`).toEqual(first);
      for (const [name, part] of Object.entries(first)) {
        expect(inside(part, screen), `${name} inside the screen at "${PHASES[index]}"`).toBe(true);
      }
      expect(inside(await visibleBox(readouts), screen)).toBe(true);
      const readoutsShown = await visibleBox(readouts);
      expect(readoutsShown.height, 'the read-outs shown whole').toBeCloseTo(
        (await box(readouts)).height,
        0,
      );
      // the lines this phase computes (w₁₁'s chain: 1 at the output's backward phase, 3 at the
      // hidden one, the update's), each visible in the column
      const lines = column.getByRole('listitem').filter({ hasText: 'calculada nesta fase' });
      await expect(lines).toHaveCount(chosenLines[index]!);
      for (const line of await lines.all()) {
        await expect
          .poll(async () => {
            const shown = await visibleBox(line);
            return shown.height > 0 && inside(shown, screen);
          })
          .toBe(true);
      }
      if (index === 4) await page.screenshot({ path: `${ARTIFACTS}/exercise-layout-1280x800.png` });
    }
    // the diagram is the largest element on the screen
    const { diagram: shown } = first;
    expect(shown.width * shown.height).toBeGreaterThan(first.column.width * first.column.height);
  });

  test('the diagram is larger at 1920×1080 than at 1280×800', async ({ page }) => {
    await openLesson(page, '/?view=widget');
    const area = async () => {
      const { width, height } = await box(parts(page).diagram);
      return width * height;
    };
    const small = await area();
    await page.setViewportSize({ width: 1920, height: 1080 });
    await expect.poll(area).toBeGreaterThan(small * 1.2);
    await startAtTopBar(page);
    for (let step = 0; step < 4; step++) await parts(page).next.click();
    await page.screenshot({ path: `${ARTIFACTS}/exercise-layout-1920x1080.png` });
  });

  test('the settings panel opens from the top bar and holds the other controls', async ({
    page,
  }) => {
    await openLesson(page, '/?view=widget');
    const { widget } = parts(page);
    const settings = widget.getByRole('button', { name: 'Configurações' });
    const panel = widget.getByRole('region', { name: 'Configurações do exercício' });
    // closed at first: the first screen holds the bar's controls, the rest is one click away
    await expect(settings).toHaveAttribute('aria-expanded', 'false');
    await expect(panel).toBeHidden();
    await settings.press('Enter');
    await expect(panel.getByRole('heading', { name: 'Configurações do exercício' })).toBeFocused();
    await panel.getByRole('combobox', { name: 'Função de ativação' }).selectOption('tanh');
    await expect(widget.getByText('tanh', { exact: false }).first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(settings).toBeFocused();
  });
});

test.describe('at 375×740', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('the step buttons stay in view when the diagram is scrolled to', async ({ page }) => {
    await openLesson(page, '/?view=widget');
    const { diagram, next, stepper } = parts(page);
    const screen = { x: 0, y: 0, width: 375, height: 740 };
    await diagram.evaluate((element) => element.scrollIntoView({ block: 'end' }));
    await expect.poll(async () => inside(await box(next), screen)).toBe(true);
    await next.click();
    await expect(stepper.locator('[aria-current="step"]')).toHaveAccessibleName(PHASES[0]!);
    // the bar at the bottom names the phase; at a backward phase its sheet shows that equation
    const bar = parts(page).widget.getByRole('group', { name: 'Passos do exercício' });
    await expect(bar).toContainText('Fase 1 de 6: Direto: camada 1');
    for (let step = 1; step < 4; step++) await next.click();
    await expect(bar).toContainText('Fase 4 de 6: Retro: saída');
    const sheet = bar.locator('.katex');
    await expect(sheet.first()).toBeVisible();
    expect(inside(await box(sheet.first()), screen)).toBe(true);
    // scrolled further down, to the loss curve: still there
    await page.mouse.wheel(0, 600);
    await expect.poll(async () => inside(await box(next), screen)).toBe(true);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, 'nothing scrolls the page sideways').toBeLessThanOrEqual(0);
    await diagram.evaluate((element) => element.scrollIntoView({ block: 'end' }));
    await page.screenshot({ path: `${ARTIFACTS}/exercise-layout-375x740.png` });
  });
});

test.describe('projector at 1280×720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('the bar, the phases, the whole diagram and the current equation, without scrolling', async ({
    page,
  }) => {
    await openLesson(page, '/?mode=projector');
    const { topBar, stepper, diagram, column, next } = parts(page);
    const screen = { x: 0, y: 0, width: 1280, height: 720 };
    for (let step = 0; step < 4; step++) await next.click();
    await expect(stepper.locator('[aria-current="step"]')).toHaveAccessibleName(PHASES[3]!);
    // nothing to scroll: the page is the screen
    const scroll = await page.evaluate(() => ({
      height: document.documentElement.scrollHeight,
      top: window.scrollY,
    }));
    expect(scroll).toEqual({ height: 720, top: 0 });
    for (const part of [topBar, stepper, diagram]) {
      expect(inside(await box(part), screen)).toBe(true);
    }
    // the line the output's backward phase computes, shown whole in the column
    const line = column.getByRole('listitem').filter({ hasText: 'calculada nesta fase' }).first();
    const shown = await visibleBox(line);
    expect(shown.height).toBeCloseTo((await box(line)).height, 0);
    expect(inside(shown, screen)).toBe(true);
    // and nothing else: the read-outs, the curve and the text alternatives wait outside this mode
    await expect(parts(page).widget.getByRole('region', { name: 'Leituras' })).toBeHidden();
    await expect(parts(page).widget.getByText('Curva de perda (MSE)')).toBeHidden();
    await page.screenshot({ path: `${ARTIFACTS}/exercise-layout-projector-1280x720.png` });
  });
});

/** Every shown button and select of the exercise whose label is wider than its box. */
async function clippedControls(page: Page) {
  return exercise(page).evaluate((root) =>
    [...root.querySelectorAll<HTMLElement>('button, select')]
      .filter((element) => element.getClientRects().length > 0)
      .filter((element) => element.scrollWidth > element.clientWidth + 0.5)
      .map((element) => element.textContent?.trim().slice(0, 40) ?? element.tagName),
  );
}

for (const { language, settingsName, closeName, moreName } of [
  { language: 'pt-BR', settingsName: 'Configurações', closeName: 'Fechar', moreName: 'Mais' },
  { language: 'en', settingsName: 'Settings', closeName: 'Close', moreName: 'More' },
] as const) {
  for (const width of [1280, 375]) {
    test(`no button or select clips its label at ${width} px in ${language}`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await openLesson(page, `/?view=widget&lang=${language}`);
      expect(await clippedControls(page), 'the bar and the stage').toEqual([]);
      await exercise(page).getByRole('button', { name: settingsName, exact: true }).click();
      expect(await clippedControls(page), 'the settings drawer').toEqual([]);
      await exercise(page).getByRole('button', { name: closeName, exact: true }).click();
      await exercise(page).getByRole('button', { name: moreName, exact: true }).click();
      expect(await clippedControls(page), 'the "more" menu').toEqual([]);
    });
  }
}
