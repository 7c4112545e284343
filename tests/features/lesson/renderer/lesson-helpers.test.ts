import { describe, expect, it } from 'vitest';
import { calloutKind } from '../../../../src/features/lesson/renderer/callout-kinds';
import { inlineText } from '../../../../src/content/lesson/inline-text';
import {
  nextReading,
  NOT_STARTED,
} from '../../../../src/features/lesson/renderer/reading-progress';
import {
  isExternalUrl,
  safeImageUrl,
  safeLinkUrl,
} from '../../../../src/features/lesson/renderer/safe-url';

describe('safe URLs', () => {
  it('keep relative, anchor, http(s) and mailto links', () => {
    for (const url of [
      '#mse',
      'outra-aula.md',
      '/img/a.png',
      'https://x.org/a?b=1',
      'mailto:a@b.c',
    ]) {
      expect(safeLinkUrl(url)).toBe(url);
    }
  });

  it('drop script-bearing schemes, however they are disguised', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:x',
      'vbscript:x',
      'data:text/html,<b>',
      '',
    ]) {
      expect(safeLinkUrl(url)).toBeNull();
    }
    expect(safeImageUrl('data:image/png;base64,AAAA')).toBeNull();
    expect(safeImageUrl('figs/surface.png')).toBe('figs/surface.png');
  });

  it('tell external links apart', () => {
    expect(isExternalUrl('https://youtube.com')).toBe(true);
    expect(isExternalUrl('//cdn.example.org/x')).toBe(true);
    expect(isExternalUrl('#s1')).toBe(false);
    expect(isExternalUrl('aula.md')).toBe(false);
  });
});

describe('callout kinds', () => {
  it('resolve MkDocs Material names and aliases', () => {
    expect(calloutKind('tip')).toBe('tip');
    expect(calloutKind('Hint')).toBe('tip');
    expect(calloutKind('error')).toBe('danger');
    expect(calloutKind('faq')).toBe('question');
    expect(calloutKind('constructor')).toBeNull();
    expect(calloutKind('exercicio')).toBeNull();
  });
});

describe('inline text', () => {
  it('flattens formatting, keeps TeX and alt text', () => {
    expect(
      inlineText([
        { type: 'text', value: 'A ' },
        { type: 'strong', children: [{ type: 'text', value: 'perda' }] },
        { type: 'text', value: ' ' },
        { type: 'inlineMath', tex: 'J(\\theta)' },
        { type: 'image', src: 'x.png', alt: '!' },
      ]),
    ).toBe('A perda J(\\theta)!');
  });
});

describe('reading progress', () => {
  const order = ['a', 'b', 'c'];

  it('makes the first visible section current, in lesson order', () => {
    const state = nextReading(NOT_STARTED, order, [
      { id: 'c', visible: true, passed: false },
      { id: 'b', visible: true, passed: false },
    ]);
    expect(state.current).toBe('b');
    expect(state.visible).toEqual(['b', 'c']);
  });

  it('marks read only what was in view before leaving upwards', () => {
    let state = nextReading(NOT_STARTED, order, [{ id: 'a', visible: true, passed: false }]);
    state = nextReading(state, order, [
      { id: 'a', visible: false, passed: true },
      { id: 'b', visible: false, passed: true }, // jumped over
      { id: 'c', visible: true, passed: false },
    ]);
    expect(state.read).toEqual(['a']);
    expect(state.current).toBe('c');
  });

  it('keeps the last current section while none is in the band', () => {
    const state = nextReading(NOT_STARTED, order, [{ id: 'b', visible: true, passed: false }]);
    expect(nextReading(state, order, [{ id: 'b', visible: false, passed: false }]).current).toBe(
      'b',
    );
  });
});
