import { parseTypedNumber } from '../../src/ui/parse-number';
import { axeViolations } from './axe';
import { ARTIFACTS, expect, PAGE_LOAD_TIMEOUT, test } from './fixtures';

/** A number as the app writes it ("0,0096", "1,04·10³", "−0,5") as a number. */
const number = (text: string) => parseTypedNumber(text) ?? Number.NaN;

test('trains MSE and BCE from a saturated start and explains the σ′ factor', async ({ page }) => {
  await page.goto('/?view=lab&id=loss-comparison');
  const section = page.getByRole('region', { name: 'Erro quadrático × entropia cruzada' });
  await expect(section.getByRole('heading', { level: 1 })).toBeVisible({
    timeout: PAGE_LOAD_TIMEOUT,
  });
  const sentence = section.getByTestId('comparison-sentence');
  const text = (await sentence.textContent()) ?? '';
  const match = /σ′\(z_o\) = ([\d,·⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+): um sinal ([\d,·⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+) vezes menor/.exec(
    text,
  );
  expect(match, text).not.toBeNull();
  // the two numbers agree: the gain is 1/σ′ (each shown with three significant digits)
  const slope = number(match![1]!);
  const gain = number(match![2]!);
  expect(Math.abs(gain * slope - 1)).toBeLessThan(0.01);
  expect(slope).toBeLessThan(0.02);
  // KaTeX renders both formulas
  await expect(section.locator('.katex-display')).toHaveCount(2);

  await section.getByRole('button', { name: 'Um passo' }).click();
  await expect(section.getByText('Etapa 1 de 2.000')).toBeVisible();

  await section.getByRole('button', { name: 'Treinar' }).click();
  await expect(section.getByText(/Etapa (\d{3,}|[\d.]{5}) de 2\.000/)).toBeVisible({
    timeout: 30_000,
  });
  await section.getByRole('button', { name: 'Pausar' }).click();
  await expect(section.getByText(/^Pausado na etapa/)).toBeAttached();

  // after some training, BCE's loss has fallen further than MSE's
  await section.getByText('Tabela dos valores atuais').click();
  const table = section.getByRole('table');
  const ratio = async (name: string) => {
    const cells = await table
      .getByRole('row', { name: new RegExp(`^${name}`) })
      .getByRole('cell')
      .allTextContents();
    return number(cells[1]!) / number(cells[0]!);
  };
  expect(await ratio('BCE')).toBeLessThan(await ratio('MSE'));

  // keyboard: pick another example
  const picker = section.getByRole('combobox', { name: 'Exemplo mostrado' });
  await picker.focus();
  await picker.selectOption({ index: 1 });
  await expect(section.getByText(/ŷ = σ\(z_o\) = .*, y = 1$/).first()).toBeVisible();

  // back to x = (0, 0), y = 0, where the saturated output is wrong: MSE's ∂ℓ/∂z_o is tiny
  await picker.selectOption({ index: 0 });
  await expect(section.getByText(/ŷ = σ\(z_o\) = .*, y = 0$/).first()).toBeVisible();

  expect(await axeViolations(page, { include: ['#lab-loss-comparison'] })).toEqual([]);

  await section.screenshot({ path: `${ARTIFACTS}/lab-loss-comparison.png` });
});

test('fits a 320 px screen without sideways scrolling of the page', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/?view=lab&id=loss-comparison&lang=en');
  const section = page.getByRole('region', { name: 'Squared error vs cross-entropy' });
  await expect(section.getByTestId('comparison-sentence')).toContainText('With MSE');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
