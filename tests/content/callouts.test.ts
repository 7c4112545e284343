// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseLesson } from '../../src/content/lesson/loader/parse-lesson';
import {
  blocksOfType,
  lineOf,
  md,
  messages,
  parseSection,
  SECTION_OFFSET,
} from './lesson-test-helpers';

describe('callouts', () => {
  it.each([
    ['!!!', null],
    ['???', 'closed'],
    ['???+', 'open'],
  ] as const)('%s gives a callout with collapsible %s', (marker, collapsible) => {
    const { lesson, diagnostics } = parseSection(`${marker} warning "Careful"`, '    Body text.');
    const [callout] = blocksOfType(lesson, 'callout');
    expect(diagnostics).toEqual([]);
    expect(callout).toEqual({
      type: 'callout',
      kind: 'warning',
      title: [{ type: 'text', value: 'Careful' }],
      collapsible,
      children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Body text.' }] }],
    });
  });

  it('accepts any kind word and no title', () => {
    const { lesson } = parseSection('!!! example', '    Shown.');
    const [callout] = blocksOfType(lesson, 'callout');
    expect(callout?.kind).toBe('example');
    expect(callout?.title).toBeNull();
  });

  it('parses the body as Markdown: paragraphs, lists, math, code, a nested callout', () => {
    const result = parseSection(
      '!!! note "With $\\eta$"',
      '    First paragraph with $a$.',
      '',
      '    - one',
      '    - two',
      '',
      '    $$',
      '    J(\\theta)',
      '    $$',
      '',
      '    ```python',
      '    print(1)',
      '    ```',
      '',
      '    ??? tip "Inner"',
      '        Inner body.',
    );
    const { lesson } = result;
    expect(messages(result, 'error')).toEqual([]);
    const [outer, inner] = blocksOfType(lesson, 'callout');
    expect(outer?.title).toEqual([
      { type: 'text', value: 'With ' },
      { type: 'inlineMath', tex: '\\eta' },
    ]);
    expect(outer?.children.map((block) => block.type)).toEqual([
      'paragraph',
      'list',
      'math',
      'code',
      'callout',
    ]);
    expect(blocksOfType(lesson, 'math')[0]?.tex).toBe('J(\\theta)');
    expect(blocksOfType(lesson, 'code')[0]).toEqual({
      type: 'code',
      language: 'python',
      value: 'print(1)',
    });
    expect(inner).toMatchObject({ kind: 'tip', collapsible: 'closed' });
    expect(inner?.children).toEqual([
      { type: 'paragraph', children: [{ type: 'text', value: 'Inner body.' }] },
    ]);
  });

  it('ends the body at the first line indented less than four spaces', () => {
    const { lesson } = parseSection('!!! note', '    Inside.', '', 'Outside.');
    const section = lesson.sections[0];
    expect(section?.blocks.map((block) => block.type)).toEqual(['callout', 'paragraph']);
  });

  it('reports a body that is not indented by four spaces, at the header line', () => {
    const result = parseSection('!!! note "Title"', '  Two spaces only.');
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({ line: SECTION_OFFSET + 1, severity: 'error' }),
    );
  });

  it('warns about callouts nested more than one level and keeps their content', () => {
    const source = md(
      '# Title',
      '',
      '!!! note',
      '    !!! tip',
      '        !!! danger "Deep"',
      '            Deepest text.',
    );
    const result = parseLesson(source);
    expect(blocksOfType(result.lesson, 'callout').map((c) => c.kind)).toEqual(['note', 'tip']);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ line: lineOf(source, 'danger'), severity: 'warning' }),
    ]);
    expect(JSON.stringify(result.lesson)).toContain('Deepest text.');
  });

  it('leaves a callout inside a fenced code block as code', () => {
    const { lesson } = parseSection('```', '!!! note', '    not a callout', '```');
    expect(blocksOfType(lesson, 'callout')).toEqual([]);
    expect(blocksOfType(lesson, 'code')[0]?.value).toBe('!!! note\n    not a callout');
  });
});
