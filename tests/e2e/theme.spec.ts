import type { Page } from '@playwright/test';
import { axeViolations } from './axe';
import { ARTIFACTS, exercise, expect, openLesson, test } from './fixtures';

/** WCAG relative luminance of a computed `rgb(…)` colour (0 black … 1 white). */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((part) => {
    const channel = Number(part) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** What the page is painted with: the root's background (body has none), text colour and scheme. */
async function pageColors(page: Page) {
  return page.evaluate(() => {
    const root = getComputedStyle(document.documentElement);
    const body = getComputedStyle(document.body);
    const background =
      body.backgroundColor === 'rgba(0, 0, 0, 0)' ? root.backgroundColor : body.backgroundColor;
    return {
      theme: document.documentElement.dataset.theme,
      background,
      text: body.color,
      scheme: root.colorScheme,
    };
  });
}

async function expectDark(page: Page) {
  const colors = await pageColors(page);
  expect(colors.theme).toBe('dark');
  expect(colors.scheme).toBe('dark');
  expect(luminance(colors.background), colors.background).toBeLessThan(0.05);
  expect(luminance(colors.text), colors.text).toBeGreaterThan(0.6);
}

async function expectLight(page: Page) {
  const colors = await pageColors(page);
  expect(colors.theme).toBe('light');
  expect(colors.scheme).toBe('light');
  expect(luminance(colors.background), colors.background).toBeGreaterThan(0.9);
  expect(luminance(colors.text), colors.text).toBeLessThan(0.05);
}

test.describe('with a dark system preference', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
  });

  test('the page is dark, the theme choice switches it to light and back, and "system" follows the system live', async ({
    page,
  }) => {
    await openLesson(page);
    await expectDark(page);
    // the diagram's SVG colours are CSS variables in presentation attributes: they resolve dark too
    const diagramBackground = await exercise(page)
      .locator('.network-diagram__svg > rect')
      .first()
      .evaluate((rect) => getComputedStyle(rect).fill);
    expect(luminance(diagramBackground), diagramBackground).toBeLessThan(0.05);
    await page.screenshot({ path: `${ARTIFACTS}/dark-lesson.png` });

    const choice = page.getByRole('banner').getByRole('combobox', { name: 'Tema' });
    await expect(choice).toHaveValue('system');
    await choice.selectOption({ label: 'Claro' });
    await expectLight(page);
    await choice.selectOption({ label: 'Escuro' });
    await expectDark(page);
    await choice.selectOption({ label: 'Sistema' });
    await expectDark(page);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(async () => (await pageColors(page)).theme).toBe('light');
    await expectLight(page);
  });

  // the whole lesson page in dark mode is scanned, in parts, by accessibility.spec.ts

  test('axe finds no WCAG 2.2 AA violation in the exercise during the backward pass', async ({
    page,
  }) => {
    await openLesson(page);
    const widget = exercise(page);
    await widget.getByRole('checkbox', { name: 'Mostrar gradientes' }).check();
    const next = widget.getByRole('button', { name: 'Próximo passo' });
    for (let step = 0; step < 4; step++) await next.click();
    await expect(widget.locator('.phase-name')).toContainText('Retropropagação, saída');
    await expectDark(page);
    await widget.screenshot({ path: `${ARTIFACTS}/dark-exercise.png` });
    expect(await axeViolations(page, { include: ['#backprop-widget'] })).toEqual([]);
  });
});

test('with a dark system preference, axe finds no violation in the loss surface after a few steps', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openLesson(page);
  const surface = page.locator('figure.loss-surface');
  await surface.scrollIntoViewIfNeeded();
  const next = surface.getByRole('button', { name: 'Próximo passo' });
  for (let step = 0; step < 3; step++) await next.click();
  await surface.screenshot({ path: `${ARTIFACTS}/dark-loss-surface.png` });
  expect(await axeViolations(page, { include: ['figure.loss-surface'] })).toEqual([]);
});

test('printed, the lesson is light and has no page controls or interactive widgets', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openLesson(page);
  await expectDark(page);
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });

  // paper gets the light palette whatever the theme
  const colors = await pageColors(page);
  expect(luminance(colors.background), colors.background).toBeGreaterThan(0.9);
  expect(luminance(colors.text), colors.text).toBeLessThan(0.05);

  const header = page.getByRole('banner');
  await expect(header).toContainText('Backprop Lab');
  const controls = header.locator('button, select');
  expect(await controls.count()).toBeGreaterThanOrEqual(2);
  for (const control of await controls.all()) await expect(control).toBeHidden();
  await expect(page.locator('nav.toc')).toBeHidden();
  await page.screenshot({ path: `${ARTIFACTS}/print-lesson.png` });

  // the exercise gives way to a note; quizzes keep their options but lose their buttons
  await expect(exercise(page)).toBeHidden();
  const note = page.locator('.lesson-widget-backprop-widget .print-note');
  await expect(note).toBeVisible();
  await expect(note).toHaveText(/versão on-line/);
  // the text takes the page's width: the hidden contents leave no empty column
  const lessonWidth = await page
    .locator('.lesson')
    .first()
    .evaluate((lesson) => lesson.clientWidth);
  expect(lessonWidth).toBeGreaterThan(700);
  const quiz = page.locator('form.quiz').first();
  await expect(quiz.getByRole('radio').first()).toBeVisible();
  await expect(quiz.getByRole('button', { name: 'Verificar', includeHidden: true })).toBeHidden();
  // an external link prints its address after its text
  const videoLink = page.locator('a.video-link').first();
  await videoLink.scrollIntoViewIfNeeded();
  expect(await videoLink.evaluate((link) => getComputedStyle(link, '::after').content)).toContain(
    'https://www.youtube.com/watch?v=',
  );

  // on screen again: the note is gone and the controls are back
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.lesson-widget-backprop-widget .print-note')).toBeHidden();
  await expect(header.getByRole('combobox', { name: 'Tema' })).toBeVisible();
});
