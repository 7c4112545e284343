import { ARTIFACTS, expect, test } from './fixtures';

test('the production build loads its first screen with no console error', async ({
  page,
  problems,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page).toHaveTitle(/Backprop Lab/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');
  await page.screenshot({ path: `${ARTIFACTS}/first-screen.png`, fullPage: false });
  expect(problems).toEqual([]);
});
