import { formatValue } from '../../src/ui/format';
import { axeViolations } from './axe';
import { ARTIFACTS, expect, PAGE_LOAD_TIMEOUT, test } from './fixtures';

test.describe('lab: computational graph', () => {
  test('steps the backward pass node by node and names each local derivative', async ({ page }) => {
    await page.goto('/?view=lab&id=computational-graph');
    const section = page.locator('section[data-lab="computational-graph"]');
    await expect(section.getByRole('heading', { level: 1 })).toBeVisible({
      timeout: PAGE_LOAD_TIMEOUT,
    });
    const status = section.getByRole('status');
    await expect(status).toContainText('Todos os gradientes estão ocultos');
    const next = section.getByRole('button', { name: 'Próximo nó' });

    await next.click();
    await expect(status).toContainText('∂ℓ/∂ℓ = 1');
    await next.click();
    await next.click();
    await next.click();
    await expect(status).toContainText('Passo 4 de 29');
    // ∂ℓ/∂((ŷ − y)²) through the sum, whose local derivative is 1
    await expect(status).toContainText(
      '∂ℓ/∂((ŷ − y)²) = ∂ℓ/∂(Σ((ŷ − y)²)) · ∂(Σ((ŷ − y)²))/∂((ŷ − y)²) = (',
    );
    await expect(status).toContainText(') · 1 = ');

    // the keyboard works too: the focused button steps on with Enter
    await next.focus();
    await page.keyboard.press('Enter');
    await expect(status).toContainText('Passo 5 de 29');
    // ∂ℓ/∂(ŷ − y) through the square, whose local derivative is 2·(ŷ − y)
    await expect(status).toContainText('∂((ŷ − y)²)/∂(ŷ − y) = (');
    await expect(status).toContainText('· 2·(ŷ − y) (');
    await expect(section.getByText('Gradientes revelados: 5 de 29')).toBeVisible();

    // the table, the graph's text alternative, shows the revealed grads and ? for the rest
    await section.getByText('Tabela dos nós').click();
    const row = (label: string) =>
      section
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${label}`) }) });
    await expect(row('ℓ').getByRole('cell').nth(3)).toHaveText(formatValue(1, 'pt-BR'));
    await expect(row('w₁₁').getByRole('cell').nth(3)).toHaveText('?');

    await section.getByRole('button', { name: 'Nó anterior' }).click();
    await expect(status).toContainText('Passo 4 de 29');

    await section.screenshot({ path: `${ARTIFACTS}/lab-computational-graph.png` });

    expect(
      await axeViolations(page, { include: ['section[data-lab="computational-graph"]'] }),
    ).toEqual([]);
  });

  test('fits a 320 px screen: only the plot scrolls sideways', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto('/?view=lab&id=computational-graph&lang=en');
    const section = page.locator('section[data-lab="computational-graph"]');
    await section.getByRole('button', { name: 'Show all' }).click();
    await expect(section.getByRole('status')).toContainText('Backward pass complete');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
