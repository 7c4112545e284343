import { render, screen } from '@testing-library/react';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { Math } from '../../src/ui/Math';
import { mathText } from '../../src/ui/math-text';

/** KaTeX's MathML for `tex`, as the element mathText reads. */
function mathml(tex: string): Element {
  const html = katex.renderToString(tex, { output: 'mathml' });
  const math = new DOMParser().parseFromString(html, 'text/html').querySelector('math');
  if (!math) throw new Error(`KaTeX gave no MathML for ${tex}`);
  return math;
}

describe('mathText', () => {
  it.each([
    ['\\hat y = \\sigma(z)', 'ŷ = σ(z)'],
    ['\\frac{\\partial \\ell}{\\partial z}', '(∂ℓ)/(∂z)'],
    ['(\\hat y - y)\\,\\hat y(1 - \\hat y)', '(ŷ − y) ŷ(1 − ŷ)'],
    ['w_{11}', 'w₁₁'],
    ["\\sigma'(z_o)", 'σ′(zₒ)'],
    ['x^2', 'x^2'],
    ['x_j^{(k)}', 'xⱼ^(k)'],
    ['\\sqrt{a+b}', '√(a + b)'],
    ['\\sum_{i=1}^{n} x_i', '∑ᵢ₌₁^n xᵢ'],
    ['v_i^{\\text{antes}}', 'vᵢ^(antes)'],
    ['\\vec v \\cdot \\bar x', 'v⃗ ⋅ x̄'],
  ])('reads %s as %s', (tex, text) => {
    expect(mathText(mathml(tex))).toBe(text);
  });

  it('leaves out the TeX annotation', () => {
    expect(mathText(mathml('\\eta'))).toBe('η');
  });
});

describe('<Math>', () => {
  it('gives each formula role="math" and its text as the label', () => {
    // (jsdom cannot style the <math> inside, so getByRole('math') cannot be used here)
    const { container } = render(<Math tex="\hat y = \sigma(z)" />);
    const formula = container.querySelector('span.math-formula');
    expect(formula?.getAttribute('role')).toBe('math');
    expect(formula?.getAttribute('aria-label')).toBe('ŷ = σ(z)');
  });

  it('names a radio whose label is only a formula', () => {
    render(
      <>
        <input type="radio" id="option" />
        <label htmlFor="option">
          <Math tex="(\hat y - y)\,\hat y" />
        </label>
      </>,
    );
    expect(screen.getByRole('radio', { name: '(ŷ − y) ŷ' })).toBeInTheDocument();
  });

  it('keeps display math in a block and a formula that fails without the math role', () => {
    const { container } = render(
      <>
        <Math tex="a^2" display />
        <Math tex="\frac{" />
      </>,
    );
    expect(container.querySelector('div.math-formula[role="math"] .katex-display')).not.toBeNull();
    expect(container.querySelector('.math-error')?.closest('[role="math"]')).toBeNull();
  });
});
