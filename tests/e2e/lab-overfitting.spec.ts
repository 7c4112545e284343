import { axeViolations } from './axe';
import { ARTIFACTS, expect, PAGE_LOAD_TIMEOUT, test } from './fixtures';

/** A pt-BR whole number ("1.234") as a number. */
const count = (text: string) => Number(text.replace(/\./g, ''));

test('trains with early stopping and says where it stopped', async ({ page }) => {
  await page.goto('/?view=lab&id=overfitting');
  const section = page.getByRole('region', { name: 'Sobreajuste na prática' });
  await expect(section.getByRole('heading', { level: 1 })).toHaveText('Sobreajuste na prática');
  await expect(section.getByText(/^Passo 0: perda de treino/)).toBeVisible({
    timeout: PAGE_LOAD_TIMEOUT,
  });

  await section.getByRole('checkbox', { name: 'Parada antecipada' }).check();
  const patience = section.getByRole('spinbutton', { name: /Paciência \(passos\)/ });
  await patience.fill('120');
  await expect(patience).toHaveValue('120');
  await section.getByRole('button', { name: 'Treinar' }).click();

  const stop = section.getByText(/^Parou no passo/);
  await expect(stop).toBeVisible({ timeout: 30_000 });
  await expect(section.getByRole('button', { name: 'Treinar' })).toBeVisible();
  const sentence = (await stop.textContent()) ?? '';
  const match =
    /Parou no passo ([\d.]+): .*\(([\d,]+)\) foi no passo ([\d.]+); depois dela, passaram ([\d.]+) passos/.exec(
      sentence,
    );
  expect(match, sentence).not.toBeNull();
  const [, stopStep, bestLoss, bestStep, waited] = match!;
  // the numbers agree with each other and with the patience typed above
  expect(count(stopStep!) - count(bestStep!)).toBe(120);
  expect(count(waited!)).toBe(120);

  // the test set is measured once, for the restored weights
  await expect(section.getByText(/^Perda de teste dos pesos do passo/)).toContainText(
    `pesos do passo ${bestStep!},`,
  );

  // the text alternative's table shows the restored best step beside its own losses
  await section.getByText('Descrição do gráfico e valores atuais').click();
  const table = section.getByRole('table', { name: 'Valores atuais' });
  await expect(
    table.getByRole('row', { name: /^Passo da menor perda de validação/ }),
  ).toContainText(bestStep!);
  await expect(table.getByRole('row', { name: /^Passo dos pesos atuais/ })).toContainText(
    bestStep!,
  );
  await expect(table.getByRole('row', { name: /^Passos de treino feitos/ })).toContainText(
    stopStep!,
  );
  // the table has 4 decimals, the sentence 3: the same number once rounded
  const validationCell = table.getByRole('row', { name: /^Perda de validação/ }).getByRole('cell');
  const validation = Number(((await validationCell.textContent()) ?? '').replace(',', '.'));
  expect(Math.abs(validation - Number(bestLoss!.replace(',', '.')))).toBeLessThanOrEqual(0.00055);
  // the vertical line has no width of its own: check it is drawn, and that its label shows
  await expect(section.locator('.recharts-reference-line-line')).toHaveCount(1);
  await expect(section.locator('.recharts-wrapper').getByText('mín. validação')).toBeVisible();

  expect(await axeViolations(page, { include: ['#lab-overfitting'] })).toEqual([]);

  await section.screenshot({ path: `${ARTIFACTS}/lab-overfitting.png` });
});

test('fits a 320 px screen without sideways scrolling of the page', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/?view=lab&id=overfitting&lang=en');
  const section = page.getByRole('region', { name: 'Overfitting in practice' });
  await section.getByRole('button', { name: 'Advance 10 steps' }).click();
  await expect(section.getByText(/^Step 10: the validation loss/)).toBeVisible({
    timeout: PAGE_LOAD_TIMEOUT,
  });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('without early stopping, the validation loss rises after its marked minimum', async ({
  page,
}) => {
  await page.goto('/?view=lab&id=overfitting&lang=en');
  const section = page.getByRole('region', { name: 'Overfitting in practice' });
  await section.getByRole('button', { name: 'Train' }).click();
  await expect(section.getByText(/^Training reached the limit of/)).toBeVisible({
    timeout: 30_000,
  });
  const sentence = (await section.getByText(/^The lowest validation loss/).textContent()) ?? '';
  const match = /\(([\d.]+)\) was at step [\d,]+, .* rose by ([\d.]+) \(it is at ([\d.]+)\)/.exec(
    sentence,
  );
  expect(match, sentence).not.toBeNull();
  const [, lowest, rise, now] = match!.map(Number);
  expect(rise).toBeGreaterThan(0);
  // each number is rounded to 3 decimals: now − lowest = rise within that rounding
  expect(Math.abs(now! - lowest! - rise!)).toBeLessThanOrEqual(0.0015);
  await section.getByRole('checkbox', { name: 'Logarithmic vertical axis' }).check();
  await expect(section.locator('.recharts-wrapper').getByText('validation min.')).toBeVisible();
  await section.screenshot({ path: `${ARTIFACTS}/lab-overfitting-no-early-stopping.png` });
});
