import { axeViolations } from './axe';
import { ARTIFACTS, expect, PAGE_LOAD_TIMEOUT, test } from './fixtures';

const URL = '/?view=lab&id=schedules';

test.describe('lab: learning-rate schedules', () => {
  test('shows η(t) and the loss of each schedule and recomputes on a change', async ({ page }) => {
    await page.goto(URL);
    const section = page.locator('#lab-schedules');
    await expect(
      section.getByRole('heading', { level: 1, name: 'Agendamentos da taxa de aprendizado' }),
    ).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
    const summary = section.getByText(/^Perda final após 400 passos/);
    await expect(summary).toBeVisible();
    await expect(section.locator('.recharts-line')).toHaveCount(8);
    const before = await summary.textContent();

    await section.getByLabel('Taxa k').fill('0.05');
    await expect(summary).not.toHaveText(before!);

    await section.getByLabel('Fator γ').fill('3');
    await expect(section.getByText(/Valor recusado em “Fator γ”/)).toBeVisible();
    await section.getByLabel('Fator γ').fill('0.3');
    await expect(section.getByText(/Valor recusado/)).toHaveCount(0);

    await section.locator('summary', { hasText: 'Descrição em texto e tabelas' }).click();
    await expect(section.getByRole('table')).toHaveCount(2);
    await section.screenshot({ path: `${ARTIFACTS}/lab-schedules.png` });

    expect(await axeViolations(page, { include: ['#lab-schedules'] })).toEqual([]);
  });

  test('fits a 320 px screen and works in English', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`${URL}&lang=en`);
    const section = page.locator('#lab-schedules');
    await expect(section.getByText(/^Final loss after 400 steps/)).toBeVisible({
      timeout: PAGE_LOAD_TIMEOUT,
    });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(320);
  });
});
