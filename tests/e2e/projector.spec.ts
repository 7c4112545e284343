import { ARTIFACTS, exercise, expect, moreMenu, openLesson, test } from './fixtures';

test.use({ viewport: { width: 1280, height: 720 } });

/** WCAG's contrast ratio of two computed `rgb(…)` colours. */
function contrast(foreground: string, background: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((part) => {
      const channel = Number(part) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
}

test('projector mode at 1280×720: 24 px type, ≥ 7:1 text, the exercise alone', async ({ page }) => {
  await openLesson(page, '/?mode=projector');
  const base = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
  expect(parseFloat(base)).toBeGreaterThanOrEqual(24);
  const intro = exercise(page).getByRole('heading', { level: 2 });
  const colors = await intro.evaluate((element) => {
    // the first opaque background behind the text (the canvas is white when none is set)
    let background = 'rgb(255, 255, 255)';
    for (let node: Element | null = element; node; node = node.parentElement) {
      const color = getComputedStyle(node).backgroundColor;
      if (!/rgba\(.*,\s*0\)$/.test(color) && color !== 'transparent') {
        background = color;
        break;
      }
    }
    return { text: getComputedStyle(element).color, background };
  });
  expect(contrast(colors.text, colors.background)).toBeGreaterThanOrEqual(7);
  await expect(page.locator('.lesson-title')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Sair do modo projetor' })).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS}/projector-1280x720.png` });
});

test('B blacks the screen out and Esc brings it back', async ({ page }) => {
  await openLesson(page, '/?mode=projector');
  await page.keyboard.press('b');
  const blackout = page.locator('.projector-blackout');
  await expect(blackout).toBeVisible();
  const box = await blackout.boundingBox();
  expect(box).toMatchObject({ x: 0, y: 0, width: 1280, height: 720 });
  await expect(page.getByRole('status').filter({ hasText: 'Tela escurecida' })).toBeAttached();
  await page.keyboard.press('Escape');
  await expect(blackout).toHaveCount(0);
});

test('the lesson’s exercise enters projector mode and comes back', async ({ page }) => {
  await openLesson(page, '/');
  await (await moreMenu(page)).getByRole('button', { name: 'Modo projetor' }).click();
  await expect(page).toHaveURL(/mode=projector/);
  await expect(page.locator('.lesson-title')).toHaveCount(0);
  await page.getByRole('button', { name: 'Sair do modo projetor' }).click();
  await expect(page.locator('.lesson-title')).toBeVisible();
  await expect(page).not.toHaveURL(/mode=projector/);
});
