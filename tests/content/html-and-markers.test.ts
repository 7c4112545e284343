// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { labFolderIds } from '../../src/content/lesson/loader/lab-folders';
import { WIDGETS } from '../../src/content/lesson/lesson-types';
import { blocksOfType, messages, parseSection, SECTION_OFFSET } from './lesson-test-helpers';

describe('quiz markers and comments', () => {
  it('turns the two mkdocs-quiz markers into blocks', () => {
    const { lesson, diagnostics } = parseSection(
      '<!-- mkdocs-quiz intro -->',
      '',
      'Text.',
      '',
      '<!--   mkdocs-quiz results   -->',
    );
    expect(diagnostics).toEqual([]);
    expect(lesson.sections[0]?.blocks.map((block) => block.type)).toEqual([
      'quizIntro',
      'paragraph',
      'quizResults',
    ]);
  });

  it('drops other comments, block and inline, even ones that hide a quiz', () => {
    const { lesson, diagnostics } = parseSection(
      '<!-- a note for authors',
      '<quiz>',
      'Hidden?',
      '- [x] yes',
      '',
      'E.',
      '</quiz>',
      '-->',
      '',
      'Visible <!-- secret --> text.',
    );
    expect(diagnostics).toEqual([]);
    expect(blocksOfType(lesson, 'quiz')).toEqual([]);
    expect(lesson.sections[0]?.blocks).toEqual([
      { type: 'paragraph', children: [{ type: 'text', value: 'Visible  text.' }] },
    ]);
    expect(JSON.stringify(lesson)).not.toContain('secret');
  });

  it('reports a comment that is never closed', () => {
    const result = parseSection('<!-- forgot to close', '', 'Text.');
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ line: SECTION_OFFSET + 1, severity: 'error' }),
    ]);
  });
});

describe('widgets', () => {
  it.each(WIDGETS)('turns <div id="%s"> into a widget block', (name) => {
    const required: Partial<Record<string, Record<string, string>>> = {
      video: { 'data-video-id': 'abc' },
      lab: { 'data-lab': 'gradient-check' },
    };
    const attributes = required[name] ?? {};
    const written = Object.entries(attributes).map(([key, value]) => ` ${key}="${value}"`);
    const { lesson, diagnostics } = parseSection(`<div id="${name}"${written.join('')}></div>`);
    expect(diagnostics).toEqual([]);
    expect(lesson.sections[0]?.blocks).toEqual([{ type: 'widget', name, attributes }]);
  });

  it('keeps data-* attributes only, with entities decoded', () => {
    const { lesson } = parseSection(
      '<div id="video" class="wide" style="color: red" data-video-id="mBqfY_TX_8o"',
      "     data-title='Backprop &amp; friends'>",
      '  Loading…',
      '</div>',
    );
    expect(blocksOfType(lesson, 'widget')).toEqual([
      {
        type: 'widget',
        name: 'video',
        attributes: { 'data-video-id': 'mBqfY_TX_8o', 'data-title': 'Backprop & friends' },
      },
    ]);
  });

  it('finds a widget inside a callout', () => {
    const { lesson } = parseSection('!!! example', '    <div id="loss-surface"></div>');
    expect(blocksOfType(lesson, 'widget').map((widget) => widget.name)).toEqual(['loss-surface']);
  });

  it('reports an unknown widget id as an error and drops it', () => {
    const result = parseSection('Text.', '', '<div id="gradient-toy"></div>');
    expect(blocksOfType(result.lesson, 'widget')).toEqual([]);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ line: SECTION_OFFSET + 3, severity: 'error' }),
    ]);
    expect(result.diagnostics[0]?.message).toContain('gradient-toy');
  });

  it('requires a video id on the video widget', () => {
    const result = parseSection('<div id="video" data-title="x"></div>');
    expect(messages(result, 'error')).toEqual([expect.stringContaining('data-video-id')]);
  });

  it('requires the lab widget to name a lab section that exists', () => {
    expect(messages(parseSection('<div id="lab"></div>'), 'error')).toEqual([
      expect.stringContaining('data-lab'),
    ]);
    const unknown = parseSection('<div id="lab" data-lab="gradient-toy"></div>');
    expect(messages(unknown, 'error')).toEqual([
      expect.stringMatching(/unknown lab section "gradient-toy".*optimizer-race/),
    ]);
    for (const id of labFolderIds()) {
      expect(parseSection(`<div id="lab" data-lab="${id}"></div>`).diagnostics).toEqual([]);
    }
  });
});

describe('other raw HTML', () => {
  it.each([
    ['a block', ['<details>', '<summary>More</summary>', 'Hidden', '</details>']],
    ['a div without a widget id', ['<div class="note">x</div>']],
    ['a script', ['<script>alert(1)</script>']],
    ['an iframe', ['<iframe src="https://example.com"></iframe>']],
  ])('drops %s with a warning at its line', (_name, lines) => {
    const result = parseSection('Before.', '', ...lines, '', 'After.');
    const json = JSON.stringify(result.lesson);
    expect(json).not.toMatch(/<|script|iframe|summary/);
    expect(result.lesson.sections[0]?.blocks).toHaveLength(2);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ line: SECTION_OFFSET + 3, severity: 'warning' }),
    ]);
  });

  it('drops inline tags with a warning and keeps the text around them', () => {
    const result = parseSection('Some <b onclick="x()">bold</b> text.');
    expect(JSON.stringify(result.lesson)).not.toContain('<');
    expect(messages(result, 'warning')).toHaveLength(2);
    expect(messages(result, 'error')).toEqual([]);
  });
});
