import type { Page } from '@playwright/test';
import { expect, openLesson, test } from './fixtures';

/**
 * Every choice quiz's options as shown, each named by its place in the lesson file (the input's
 * value): one string per quiz, "2,0,3,1".
 */
async function shownOrders(page: Page): Promise<string[]> {
  return page
    .locator('form.quiz')
    .filter({ has: page.locator('input[type=radio], input[type=checkbox]') })
    .evaluateAll((forms) =>
      forms.map((form) =>
        Array.from(form.querySelectorAll('input'))
          .map((input) => input.value)
          .join(),
      ),
    );
}

test('shuffles the options per learner: the same after a reload, new for a new attempt', async ({
  page,
  browser,
}) => {
  await openLesson(page);
  const first = await shownOrders(page);
  expect(first.length).toBeGreaterThan(5);
  // at least one quiz is not in the lesson file's order (all of them staying put is 1 in millions)
  const fileOrder = (order: string) => Array.from(order.split(','), (_, index) => index).join();
  expect(first.some((order) => order !== fileOrder(order))).toBe(true);

  await page.reload();
  await openLesson(page);
  expect(await shownOrders(page)).toEqual(first);

  // another learner (another browser profile) sees other orders
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await openLesson(otherPage);
  expect(await shownOrders(otherPage)).not.toEqual(first);
  await other.close();

  // "Zerar progresso" starts a new attempt: new orders, kept after a reload
  await page.getByRole('button', { name: 'Zerar progresso' }).first().click();
  await page.getByRole('button', { name: 'Sim, zerar' }).click();
  const renewed = await shownOrders(page);
  expect(renewed).not.toEqual(first);
  await page.reload();
  await openLesson(page);
  expect(await shownOrders(page)).toEqual(renewed);
});
