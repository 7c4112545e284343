// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { katexProblems } from '../../src/content/lesson/loader/node-checks';
import { parseLesson } from '../../src/content/lesson/loader/parse-lesson';
import { blocksOfType, md, messages, parseSection, SECTION_OFFSET } from './lesson-test-helpers';

describe('math', () => {
  it('tells inline math ($…$) from display math ($$ on its own lines)', () => {
    const { lesson } = parseSection(
      'The loss $J(\\theta)$ is:',
      '',
      '$$',
      'J = \\frac{1}{m}',
      '$$',
    );
    const [paragraph, display] = lesson.sections[0]?.blocks ?? [];
    expect(paragraph).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', value: 'The loss ' },
        { type: 'inlineMath', tex: 'J(\\theta)' },
        { type: 'text', value: ' is:' },
      ],
    });
    expect(display).toEqual({ type: 'math', tex: 'J = \\frac{1}{m}' });
  });

  it('makes $$…$$ alone in a paragraph display math, but keeps it inline inside text', () => {
    const { lesson } = parseSection('$$a^2$$', '', 'Text $$b^2$$ more.');
    expect(blocksOfType(lesson, 'math')).toEqual([{ type: 'math', tex: 'a^2' }]);
    const paragraph = blocksOfType(lesson, 'paragraph')[0];
    expect(paragraph?.children).toContainEqual({ type: 'inlineMath', tex: 'b^2' });
  });

  it('keeps \\begin{align} inside $$ as one display formula', () => {
    const tex = '\\begin{align}\na &= b \\\\\nc &= d\n\\end{align}';
    const { lesson } = parseSection('$$', ...tex.split('\n'), '$$');
    expect(blocksOfType(lesson, 'math')).toEqual([{ type: 'math', tex }]);
    expect(katexProblems(tex, true)).toEqual([]);
  });

  it('checks every formula with KaTeX when asked, reporting the line', () => {
    const source = md('# T', '', 'Fine $a$ and broken $\\frac{1}{$.', '', '$$', '\\sqrt{', '$$');
    const result = parseLesson(source, { checkMath: katexProblems });
    expect(result.diagnostics.map(({ line, severity }) => ({ line, severity }))).toEqual([
      { line: 3, severity: 'error' },
      { line: 5, severity: 'error' },
    ]);
  });

  it('does not check formulas without a checker (the parser itself never loads KaTeX)', () => {
    expect(parseLesson(md('# T', '', '$\\frac{$')).diagnostics).toEqual([]);
  });

  it('asks KaTeX in the right mode: align is display-only', () => {
    expect(katexProblems('\\begin{align}a\\end{align}', false)).toEqual([
      expect.objectContaining({ severity: 'error' }),
    ]);
  });
});

describe('images', () => {
  it('keeps a local image as an image inline', () => {
    const { lesson, diagnostics } = parseSection('![A loss surface](img/surface.png)');
    expect(diagnostics).toEqual([]);
    expect(blocksOfType(lesson, 'paragraph')[0]?.children).toEqual([
      { type: 'image', src: 'img/surface.png', alt: 'A loss surface' },
    ]);
  });

  it.each(['https://example.com/a.png', 'http://example.com/a.png', '//cdn.example.com/a.png'])(
    'refuses the remote image %s (no third-party request)',
    (src) => {
      const result = parseSection(`![x](${src})`);
      expect(result.diagnostics).toEqual([
        expect.objectContaining({ line: SECTION_OFFSET + 1, severity: 'error' }),
      ]);
    },
  );

  it('reports a local image that does not exist, using the lookup it is given', () => {
    const result = parseLesson(md('# T', '', '![a](here.png) ![b](gone.png)'), {
      imageExists: (src) => src === 'here.png',
    });
    expect(messages(result, 'error')).toEqual([expect.stringContaining('gone.png')]);
  });
});
