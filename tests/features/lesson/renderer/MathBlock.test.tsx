import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MathBlock } from '../../../../src/features/lesson/renderer/MathBlock';
import { resetAppStore } from '../../../../src/store/store';

/** Gives every element the widths a browser would measure for a formula of `content` px in `box` px. */
function widths(content: number, box: number) {
  Object.defineProperty(HTMLElement.prototype, 'scrollWidth', {
    configurable: true,
    get: () => content,
  });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get: () => box,
  });
}

afterEach(() => {
  // back to jsdom's own (0) widths
  Reflect.deleteProperty(HTMLElement.prototype, 'scrollWidth');
  Reflect.deleteProperty(HTMLElement.prototype, 'clientWidth');
  resetAppStore();
});

describe('a display formula', () => {
  it('wider than its column is a named tab stop, so the keyboard can scroll it', () => {
    widths(830, 646);
    render(<MathBlock tex="a + b" />);
    const group = screen.getByRole('group', { name: /role para o lado/ });
    expect(group).toHaveAttribute('tabindex', '0');
  });

  it('that fits adds no tab stop and no name', () => {
    widths(400, 646);
    const { container } = render(<MathBlock tex="a + b" />);
    expect(screen.queryByRole('group')).toBeNull();
    expect(container.querySelector('.math-block')).not.toHaveAttribute('tabindex');
  });
});
