// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { blocksOfType, messages, parseSection, SECTION_OFFSET } from './lesson-test-helpers';

describe('MkDocs syntax the app does not render', () => {
  it('warns about content tabs and still shows their content', () => {
    const result = parseSection('=== "Python"', '    Tab content.', '', '=== "Math"', '    More.');
    expect(messages(result, 'error')).toEqual([]);
    expect(result.diagnostics.map((d) => d.line)).toEqual([SECTION_OFFSET + 1, SECTION_OFFSET + 4]);
    expect(blocksOfType(result.lesson, 'paragraph')).toHaveLength(2);
    expect(JSON.stringify(result.lesson)).not.toContain('===');
  });

  it('warns about footnotes (reference and definition) and drops them', () => {
    const result = parseSection('Claim[^1].', '', '[^1]: Source.');
    expect(messages(result, 'error')).toEqual([]);
    expect(result.diagnostics.map((d) => [d.line, d.severity])).toEqual([
      [SECTION_OFFSET + 1, 'warning'],
      [SECTION_OFFSET + 3, 'warning'],
    ]);
    expect(JSON.stringify(result.lesson)).not.toContain('Source');
  });

  it.each([
    ['an abbreviation', '*[HTML]: Hyper Text Markup Language'],
    ['an attribute list', 'A button { .md-button }'],
    ['an icon shortcode', 'Done :material-check:'],
    ['keyboard keys', 'Press ++ctrl+c++'],
    ['a highlight', 'This is ==marked== text'],
    ['a snippet include', '--8<-- "other.md"'],
    ['a callout inside a list', '- !!! note "In a list"'],
    ['a task list outside a quiz', '- [x] done'],
  ])('warns about %s without failing', (_name, line) => {
    const result = parseSection(line);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ line: SECTION_OFFSET + 1, severity: 'warning' }),
    ]);
  });

  it('does not warn about ordinary text with braces and colons', () => {
    const result = parseSection('A set {a, b}, a ratio 1:2 and a note: fine.');
    expect(result.diagnostics).toEqual([]);
  });
});
