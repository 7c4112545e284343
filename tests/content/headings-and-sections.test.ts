// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/content/lesson/loader/heading-ids';
import { parseLesson } from '../../src/content/lesson/loader/parse-lesson';
import { blocksOfType, lineOf, md, messages } from './lesson-test-helpers';

describe('headings', () => {
  it('takes the id from a {#id} suffix and strips it from the text', () => {
    const { lesson, diagnostics } = parseLesson(
      md('# Lesson {#top}', '', '## O gradiente {#gradient}', '', '### Detalhe {: #detail }'),
    );
    expect(diagnostics).toEqual([]);
    expect(lesson.title).toBe('Lesson');
    expect(lesson.sections[0]).toMatchObject({
      id: 'gradient',
      title: [{ type: 'text', value: 'O gradiente' }],
      titleText: 'O gradiente',
    });
    expect(lesson.sections[0]?.blocks[0]).toMatchObject({
      type: 'heading',
      depth: 3,
      id: 'detail',
    });
  });

  it('slugs headings without an id: accents dropped, unique within the document', () => {
    const source = md(
      '# T',
      '## Regra de atualização',
      '### Exemplo',
      '### Exemplo',
      '!!! note',
      '    #### Exemplo',
    );
    const { lesson } = parseLesson(source);
    expect(lesson.sections[0]?.id).toBe('regra-de-atualizacao');
    const ids = blocksOfType(lesson, 'heading').map((heading) => heading.id);
    expect(ids).toEqual(['exemplo', 'exemplo-1', 'exemplo-2']);
  });

  it('does not let a slug take an explicit id written later', () => {
    const { lesson } = parseLesson(md('# T', '## Setup', '## Other {#setup}'));
    expect(lesson.sections.map((section) => section.id)).toEqual(['setup-1', 'setup']);
  });

  it('reports an explicit id used twice', () => {
    const source = md('# T', '## A {#same}', '## B {#same}');
    const result = parseLesson(source);
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({ line: lineOf(source, 'B {#'), severity: 'error' }),
    );
  });

  it('warns about attributes other than {#id} on a heading', () => {
    const result = parseLesson(md('# T', '## Title {#id .fancy}'));
    expect(result.lesson.sections[0]?.id).toBe('id');
    expect(messages(result, 'warning')).toEqual([expect.stringContaining('.fancy')]);
  });

  it('keeps punctuation-only headings addressable', () => {
    expect(slugify('?!')).toBe('');
    expect(parseLesson(md('# T', '## ?!')).lesson.sections[0]?.id).toBe('section');
  });
});

describe('sections', () => {
  it('splits at ## headings; # is the title; what precedes the first ## is the preamble', () => {
    const source = md(
      '# The title',
      '',
      'Intro.',
      '',
      '## One {#one}',
      '',
      'A.',
      '',
      '### Sub',
      '',
      '## Two {#two}',
      '',
      'B.',
    );
    const { lesson, locations } = parseLesson(source);
    expect(lesson.title).toBe('The title');
    expect(lesson.preamble).toEqual([
      { type: 'paragraph', children: [{ type: 'text', value: 'Intro.' }] },
    ]);
    expect(lesson.sections.map((section) => section.blocks.map((block) => block.type))).toEqual([
      ['paragraph', 'heading'],
      ['paragraph'],
    ]);
    expect(locations.sections).toEqual([
      { id: 'one', line: lineOf(source, '## One') },
      { id: 'two', line: lineOf(source, '## Two') },
    ]);
  });

  it('does not split at a ## heading inside a callout', () => {
    const { lesson } = parseLesson(
      md('# T', '## A {#a}', '!!! note', '    ## Inside', '', 'After.'),
    );
    expect(lesson.sections).toHaveLength(1);
  });

  it('warns about a section without {#id}, whose slug changes with translation', () => {
    const source = md('# T', '', '## Sem id');
    const result = parseLesson(source);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ line: lineOf(source, 'Sem id'), severity: 'warning' }),
    ]);
  });
});
