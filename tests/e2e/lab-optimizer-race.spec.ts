import { RACE_START } from '../../src/labs/optimizer-race/model/race-surface';
import { formatFixed } from '../../src/ui/format';
import { axeViolations } from './axe';
import { ARTIFACTS, expect, PAGE_LOAD_TIMEOUT, test } from './fixtures';

const URL = '/?view=lab&id=optimizer-race';

test.describe('lab: optimizer race', () => {
  test('picks a start by click and keyboard, runs, and draws four paths', async ({ page }) => {
    await page.goto(URL);
    const section = page.locator('#lab-optimizer-race');
    await expect(
      section.getByRole('heading', { level: 1, name: 'Corrida de otimizadores' }),
    ).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
    const sentence = section.locator('.race-start-sentence');
    // the default start as the lab writes it, two decimals
    const startText = `w₁ = ${formatFixed(RACE_START.w1, 'pt-BR', 2)}, w₂ = ${formatFixed(RACE_START.w2, 'pt-BR', 2)}`;
    await expect(sentence).toContainText(startText);

    // a click in the contour plot, a fifth of the way across and three quarters down its box
    const frame = section.locator('.race-frame');
    await frame.scrollIntoViewIfNeeded();
    const box = (await frame.boundingBox())!;
    await page.mouse.click(box.x + 0.2 * box.width, box.y + 0.75 * box.height);
    await expect(sentence).not.toContainText(startText);
    await expect(sentence).toContainText(`w₁ = ${formatFixed(-1.2, 'pt-BR', 2)}`);
    await expect(sentence).toContainText('w₂ = 0,00');

    // the keyboard moves the focusable marker, and Enter runs from there
    const marker = section.getByRole('button', { name: /Ponto de partida em/ });
    await marker.focus();
    await page.keyboard.press('ArrowUp');
    await expect(sentence).toContainText('w₂ = 0,10');
    await expect(marker).toHaveAccessibleName(
      `Ponto de partida em w₁ = ${formatFixed(-1.2, 'pt-BR', 2)}, w₂ = ${formatFixed(0.1, 'pt-BR', 2)}`,
    );
    await page.keyboard.press('Enter');
    // it animates: steps between the first and the last show on the way
    await expect(section.getByText(/^Passo ([1-9]|[1-9]\d|1\d\d) de 200$/)).toBeVisible();
    // one step a frame is 200 frames, far more than a busy machine draws in a test's time: the
    // rest of the run goes in reduced motion's strides of 20 steps
    await section.getByRole('button', { name: 'Pausar' }).click();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await section.getByRole('button', { name: 'Treinar', exact: true }).click();
    await expect(section.getByText('Passo 200 de 200')).toBeVisible();
    await expect(section.getByText(/Parado no passo 200/)).toBeVisible();
    await expect(section.locator('.race-path polyline')).toHaveCount(4);
    await expect(section.locator('.race-name')).toHaveText(['SGD', 'Momentum', 'RMSProp', 'Adam']);
    await expect(section.locator('.recharts-line')).toHaveCount(4);

    // Reset rewinds; one step shows step 1 only
    await section.getByRole('button', { name: 'Reiniciar' }).click();
    await expect(section.getByText('Passo 0 de 200')).toBeVisible();
    await section.getByRole('button', { name: 'Um passo' }).click();
    await expect(section.getByText('Passo 1 de 200')).toBeVisible();
    await section.getByRole('button', { name: 'Treinar', exact: true }).click();
    await expect(section.getByText('Passo 200 de 200')).toBeVisible();

    await section.locator('summary', { hasText: 'Descrição em texto e tabelas' }).click();
    await expect(section.getByRole('table')).toHaveCount(2);
    await section.screenshot({ path: `${ARTIFACTS}/lab-optimizer-race.png` });

    expect(await axeViolations(page, { include: ['#lab-optimizer-race'] })).toEqual([]);
  });

  test('the four names and the minimum’s label never overlap, on the way and at the end', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(URL);
    const section = page.locator('#lab-optimizer-race');
    await expect(section.getByRole('heading', { level: 1 })).toBeVisible({
      timeout: PAGE_LOAD_TIMEOUT,
    });
    const overlaps = () =>
      section.locator('.race-name, .race-label').evaluateAll((elements) => {
        const boxes = elements.map((element) => ({
          text: element.textContent,
          box: element.getBoundingClientRect(),
        }));
        return boxes.flatMap((a, index) =>
          boxes
            .slice(index + 1)
            .filter(
              ({ box: b }) =>
                a.box.left < b.right &&
                b.left < a.box.right &&
                a.box.top < b.bottom &&
                b.top < a.box.bottom,
            )
            .map((b) => `${a.text} × ${b.text}`),
        );
      });
    // from the default start and from a start near the minimum, where all four heads arrive
    for (const start of ['default', 'a start moved by the keyboard']) {
      if (start !== 'default') {
        const marker = section.getByRole('button', { name: /Ponto de partida em/ });
        await marker.focus();
        for (let press = 0; press < 10; press++) await page.keyboard.press('ArrowRight');
        await page.keyboard.press('ArrowDown');
      }
      await section.getByRole('button', { name: 'Reiniciar' }).click();
      for (const steps of [1, 5, 20]) {
        while (
          (await section.getByText(`Passo ${steps} de 200`).count()) === 0 &&
          (await section.getByRole('button', { name: 'Um passo' }).isEnabled())
        ) {
          await section.getByRole('button', { name: 'Um passo' }).click();
        }
        await expect(section.locator('.race-name')).toHaveCount(4);
        expect(await overlaps(), `${start}, step ${steps}`).toEqual([]);
      }
      await section.getByRole('button', { name: 'Treinar', exact: true }).click();
      await expect(section.getByText('Passo 200 de 200')).toBeVisible();
      expect(await overlaps(), `${start}, step 200`).toEqual([]);
    }
  });

  test('fits a 320 px screen and works in English', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`${URL}&lang=en`);
    const section = page.locator('#lab-optimizer-race');
    await expect(section.getByRole('heading', { level: 1, name: 'Optimizer race' })).toBeVisible({
      timeout: PAGE_LOAD_TIMEOUT,
    });
    await expect(section.locator('.race-start-sentence')).toContainText(
      `w₁ = ${formatFixed(RACE_START.w1, 'en', 2)}`,
    );
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(320);
  });
});
