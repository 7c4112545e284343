import { ARTIFACTS, expect, PAGE_LOAD_TIMEOUT, test } from './fixtures';

test('the production build loads its first screen with no console error', async ({
  page,
  problems,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
  await expect(page).toHaveTitle(/Backprop Lab/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');
  await page.screenshot({ path: `${ARTIFACTS}/first-screen.png`, fullPage: false });
  expect(problems).toEqual([]);
});
