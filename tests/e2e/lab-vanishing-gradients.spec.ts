import { axeViolations } from './axe';
import { ARTIFACTS, expect, PAGE_LOAD_TIMEOUT, test } from './fixtures';

test('compares sigmoid and ReLU gradient norms and reacts to init and clipping', async ({
  page,
}) => {
  await page.goto('/?view=lab&id=vanishing-gradients');
  const section = page.getByRole('region', { name: 'Gradientes que desaparecem e que explodem' });
  await expect(section.getByRole('heading', { level: 1 })).toBeVisible({
    timeout: PAGE_LOAD_TIMEOUT,
  });
  const sentence = section.getByTestId('vanishing-sentence');
  // Xavier: sigmoid's first layer gets a small fraction of the output layer's gradient
  await expect(sentence).toContainText(
    /com sigmoide, o gradiente da 1ª camada é 1\/[\d.]+ do da camada de saída/,
  );
  await expect(section.locator('.recharts-line')).toHaveCount(14);

  // the exploding example: ReLU's norms blow up at the first step
  await section.getByRole('button', { name: 'Explodir (uniforme ±3)' }).click();
  await expect(sentence).toContainText('com ReLU, o gradiente explode');
  const exploding = await sentence.textContent();

  // clipping caps the applied gradient: the sentence changes
  await section.getByRole('checkbox', { name: 'Recortar o gradiente' }).check();
  await expect(sentence).not.toHaveText(exploding ?? '');
  await expect(sentence).not.toContainText('explode');

  // by keyboard: the step slider moves the step read
  const slider = section.getByRole('slider', { name: /Etapa lida/ });
  await slider.focus();
  for (let press = 0; press < 9; press++) await slider.press('ArrowRight');
  await expect(sentence).toContainText('Na etapa 10');

  await section.getByText('Tabela das normas na etapa lida').click();
  const table = section.getByRole('table', { name: /etapa 10/ });
  await expect(table.getByRole('row')).toHaveCount(8);

  expect(await axeViolations(page, { include: ['#lab-vanishing-gradients'] })).toEqual([]);

  await section.getByRole('button', { name: 'Desaparecer (Xavier)' }).click();
  await expect(sentence).toContainText('Na etapa 1:');
  await section.screenshot({ path: `${ARTIFACTS}/lab-vanishing-gradients.png` });
});

test('fits a 320 px screen without sideways scrolling of the page', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/?view=lab&id=vanishing-gradients&lang=en');
  const section = page.getByRole('region', { name: 'Vanishing and exploding gradients' });
  await expect(section.getByTestId('vanishing-sentence')).toContainText('with sigmoid');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
