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
    const next = section.getByRole('button', { name: 'Um passo' });

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

  test('fits the graph to its box with ℓ in view, and at full size scrolls to ℓ', async ({
    page,
  }) => {
    await page.goto('/?view=lab&id=computational-graph');
    const section = page.locator('section[data-lab="computational-graph"]');
    const plot = section.locator('.graph-plot');
    await expect(plot).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
    const loss = plot.locator('g[data-node="ℓ"] rect.graph-box');
    const inside = async () => {
      const outer = (await plot.boundingBox())!;
      const box = (await loss.boundingBox())!;
      return box.x >= outer.x - 1 && box.x + box.width <= outer.x + outer.width + 1;
    };
    // fitted: nothing to scroll, every box (ℓ the rightmost) inside the plot, names subscripted
    await expect(section.getByRole('button', { name: 'Ajustar ao quadro' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(await plot.evaluate((element) => element.scrollWidth - element.clientWidth)).toBe(0);
    expect(await inside()).toBe(true);
    await expect(plot.locator('.graph-label')).toContainText(['w₁₁', 'x₁']);
    await expect(plot.locator('.graph-label', { hasText: /^w\d/ })).toHaveCount(0);

    // full size: a named region the keyboard reaches and scrolls, showing ℓ where the pass starts
    await section.getByRole('button', { name: 'Tamanho real' }).click();
    const region = section.getByRole('region', { name: /Grafo computacional da perda/ });
    await expect(region).toHaveAttribute('tabindex', '0');
    expect(
      await plot.evaluate((element) => element.scrollWidth - element.clientWidth),
    ).toBeGreaterThan(0);
    await expect.poll(inside).toBe(true);
    await section.getByRole('button', { name: 'Um passo' }).click();
    await expect(section.getByRole('status')).toContainText('∂ℓ/∂ℓ = 1');
    await expect.poll(inside).toBe(true);
    await region.focus();
    const before = await plot.evaluate((element) => element.scrollLeft);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => plot.evaluate((element) => element.scrollLeft)).toBeLessThan(before);
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
