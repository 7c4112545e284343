import { formatValue } from '../../src/ui/format';
import { axeViolations } from './axe';
import { ARTIFACTS, expect, PAGE_LOAD_TIMEOUT, test } from './fixtures';

test.describe('lab: gradient check', () => {
  test('moving h and the weight changes the relative error', async ({ page }) => {
    await page.goto('/?view=lab&id=gradient-check');
    const section = page.locator('section[data-lab="gradient-check"]');
    await expect(section.getByRole('heading', { level: 1 })).toBeVisible({
      timeout: PAGE_LOAD_TIMEOUT,
    });
    const results = section.getByRole('group', { name: /Resultados para/ });
    const relativeError = results
      .locator('div', { hasText: /^Erro relativo \(central\)/ })
      .locator('dd');
    const sentence = section.locator('.check-sentence');

    const initial = await relativeError.textContent();
    const slider = section.getByLabel(/Passo h/);
    await slider.focus();
    await page.keyboard.press('End'); // h = 1
    await expect(section.getByText(`h = ${formatValue(1, 'pt-BR')}`).first()).toBeVisible();
    await expect(relativeError).not.toHaveText(initial ?? '');
    await expect(sentence).toContainText('h grande demais');

    await page.keyboard.press('Home'); // h = 1e-12
    await expect(sentence).toContainText('h pequeno demais');
    const tiny = await relativeError.textContent();

    await section.getByLabel('Parâmetro θ').selectOption('v₁');
    await expect(results).toHaveAccessibleName('Resultados para v₁');
    await expect(relativeError).not.toHaveText(tiny ?? '');

    await slider.focus();
    for (let press = 0; press < 28; press++) await page.keyboard.press('ArrowRight'); // 1e-12 → 1e-5
    await expect(slider).toHaveValue('-5');
    await expect(sentence).toContainText('melhor h da varredura');

    await section.screenshot({ path: `${ARTIFACTS}/lab-gradient-check.png` });

    expect(await axeViolations(page, { include: ['section[data-lab="gradient-check"]'] })).toEqual(
      [],
    );
  });

  test('fits a 320 px screen', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto('/?view=lab&id=gradient-check&lang=en');
    await expect(page.getByRole('group', { name: 'Results for w₁₁' })).toBeVisible({
      timeout: PAGE_LOAD_TIMEOUT,
    });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
