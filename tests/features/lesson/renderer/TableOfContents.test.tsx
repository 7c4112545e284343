import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LessonView } from '../../../../src/features/lesson/renderer/LessonView';
import type { Lesson } from '../../../../src/content/lesson/lesson-types';
import { resetAppStore } from '../../../../src/store/store';
import { paragraph, text } from '../../../fixtures/lesson-fixture';

const titles = ['Introdução', 'O problema do aprendizado', 'O gradiente'];
const lesson: Lesson = {
  title: 'Backpropagation',
  preamble: [],
  sections: titles.map((title, index) => ({
    id: `s${index + 1}`,
    title: [text(title)],
    titleText: title,
    blocks: [paragraph(text(`Texto ${index + 1}`))],
  })),
};

/** A stand-in IntersectionObserver whose reports the test writes by hand. */
class FakeObserver {
  static instances: FakeObserver[] = [];
  readonly targets: Element[] = [];
  constructor(readonly report: IntersectionObserverCallback) {
    FakeObserver.instances.push(this);
  }
  observe(target: Element) {
    this.targets.push(target);
  }
  disconnect() {}
  unobserve() {}
  takeRecords() {
    return [];
  }
}

/** Reports that section `id` entered the reading band, or left it (upwards when `passed`). */
function sight(id: string, visible: boolean, passed = false) {
  const observer = FakeObserver.instances.at(-1) as FakeObserver;
  const target = observer.targets.find((element) => element.querySelector(`[id="${id}"]`));
  const entry = {
    target,
    isIntersecting: visible,
    boundingClientRect: { bottom: passed ? -10 : 500 },
    rootBounds: { top: 0 },
  } as unknown as IntersectionObserverEntry;
  act(() => observer.report([entry], observer as unknown as IntersectionObserver));
}

beforeEach(() => {
  resetAppStore();
  localStorage.clear();
  FakeObserver.instances = [];
});

afterEach(() => vi.unstubAllGlobals());

describe('the table of contents', () => {
  it('lists every section as a link to its anchor, without an IntersectionObserver', () => {
    expect(typeof IntersectionObserver).toBe('undefined'); // as in jsdom
    render(<LessonView lesson={lesson} />);
    const contents = screen.getByRole('navigation', { name: 'Nesta aula' });
    const links = within(contents).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(titles);
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['#s1', '#s2', '#s3']);
    expect(links.some((link) => link.hasAttribute('aria-current'))).toBe(false);
  });

  it('marks the section in view as current and the ones scrolled past as read', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    render(<LessonView lesson={lesson} />);
    expect(FakeObserver.instances.at(-1)?.targets).toHaveLength(3);
    const contents = screen.getByRole('navigation', { name: 'Nesta aula' });
    const link = (name: string | RegExp) => within(contents).getByRole('link', { name });

    sight('s1', true);
    expect(link('Introdução')).toHaveAttribute('aria-current', 'location');

    sight('s1', false, true);
    sight('s2', true);
    expect(link('O problema do aprendizado')).toHaveAttribute('aria-current', 'location');
    expect(link(/^Introdução/)).not.toHaveAttribute('aria-current');
    expect(link('Introdução (lida)')).toBeInTheDocument();
    // a section jumped over (never in view) is not read
    sight('s3', false, true);
    expect(link('O gradiente')).toBeInTheDocument();
  });

  it('folds behind a button on small screens', async () => {
    const user = userEvent.setup();
    render(<LessonView lesson={lesson} />);
    const toggle = screen.getByRole('button', { name: 'Mostrar o sumário' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(screen.getByRole('button', { name: 'Esconder o sumário' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await user.click(screen.getByRole('link', { name: 'O gradiente' }));
    expect(screen.getByRole('button', { name: 'Mostrar o sumário' })).toBeInTheDocument();
  });
});
