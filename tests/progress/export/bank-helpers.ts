import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { parseLesson } from '../../../src/content/lesson/loader/parse-lesson';
import type { Block, Inline, Lesson, Quiz } from '../../../src/content/lesson/lesson-types';
import type { Language } from '../../../src/content/ui/messages';
import { quizMessages } from '../../../src/content/ui/quiz-messages';

/** Whitespace runs as one space, trimmed: what a reader of the rendered text sees. */
function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Inline content as the plain text a question bank should show, written apart from the exporter:
 * formulas between `\(` and `\)`, images as their alt text, links as their text.
 */
export function inlinePlain(inlines: readonly Inline[]): string {
  return normalize(inlines.map(inlinePiece).join(''));
}

function inlinePiece(inline: Inline): string {
  if (inline.type === 'text' || inline.type === 'inlineCode') return inline.value;
  if (inline.type === 'inlineMath') return `\\(${inline.tex}\\)`;
  if (inline.type === 'image') return inline.alt;
  if (inline.type === 'break') return ' ';
  return inline.children.map(inlinePiece).join('');
}

/** Blocks as plain text, one space between blocks; display formulas between `\[` and `\]`. */
export function blocksPlain(blocks: readonly Block[]): string {
  return normalize(blocks.map(blockPiece).join(' '));
}

function blockPiece(block: Block): string {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return block.children.map(inlinePiece).join('');
    case 'math':
      return `\\[${block.tex}\\]`;
    case 'code':
      return block.value;
    case 'list':
      return block.items.map((item) => item.map(blockPiece).join(' ')).join(' ');
    case 'blockquote':
      return block.children.map(blockPiece).join(' ');
    case 'callout':
      return [block.title?.map(inlinePiece).join('') ?? '', ...block.children.map(blockPiece)].join(
        ' ',
      );
    case 'table':
      return block.rows
        .flat()
        .map((cell) => cell.map(inlinePiece).join(''))
        .join(' ');
    default:
      return '';
  }
}

const INLINE_ELEMENTS = new Set(['em', 'strong', 'del', 'code', 'a', 'span']);

/** The text an HTML fragment shows, parsed by a real HTML parser, with block boundaries as spaces. */
export function htmlPlain(html: string): string {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  const walk = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (!(node instanceof Element)) return '';
    const inner = [...node.childNodes].map(walk).join('');
    return INLINE_ELEMENTS.has(node.localName) ? inner : ` ${inner} `;
  };
  return normalize([...body.childNodes].map(walk).join(''));
}

/** The fragment as an HTML body, to look at its elements. */
export function htmlBody(html: string): HTMLElement {
  return new DOMParser().parseFromString(html, 'text/html').body;
}

/** `text` parsed by a real XML parser; fails the test when it is not well-formed. */
export function parseXml(text: string): Document {
  const document = new DOMParser().parseFromString(text, 'application/xml');
  const error = document.getElementsByTagName('parsererror')[0];
  expect(error?.textContent ?? null).toBeNull();
  return document;
}

/** The direct child elements of `parent` named `name`. */
export function childrenNamed(parent: Element, name: string): Element[] {
  return [...parent.children].filter((child) => child.localName === name);
}

/** The one direct child element of `parent` named `name`; fails the test when there is none. */
export function child(parent: Element, name: string): Element {
  const found = childrenNamed(parent, name)[0];
  expect(found, `<${parent.localName}> has a <${name}>`).toBeDefined();
  return found!;
}

/** The text of the element at `path` below `parent` (CDATA sections included). */
export function textAt(parent: Element, ...path: string[]): string {
  return path.reduce((element, name) => child(element, name), parent).textContent ?? '';
}

/** The verdict the app shows beside an option, in `language`. */
export function verdictWord(language: Language, correct: boolean): string {
  return quizMessages[language][correct ? 'quiz.verdict.correct' : 'quiz.verdict.incorrect'];
}

/** A lesson file of the app, parsed; fails the test when it has errors. */
export function realLesson(language: Language): Lesson {
  const source = readFileSync(`src/content/lesson/lesson.${language}.md`, 'utf8');
  const { lesson, diagnostics } = parseLesson(source);
  expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
  return lesson;
}

/** Every quiz of `lesson`, walked here apart from the exporter's own walk. */
export function quizzesOf(lesson: Lesson): Quiz[] {
  const walk = (blocks: readonly Block[]): Quiz[] =>
    blocks.flatMap((block) => {
      if (block.type === 'quiz') return [block.quiz];
      if (block.type === 'callout' || block.type === 'blockquote') return walk(block.children);
      if (block.type === 'list') return block.items.flatMap(walk);
      return [];
    });
  return [...walk(lesson.preamble), ...lesson.sections.flatMap((section) => walk(section.blocks))];
}

/** A lesson holding `quizzes`, the second one inside a callout, as the parser would nest it. */
export function fixtureLesson(title: string, quizzes: readonly Quiz[]): Lesson {
  const [first, ...rest] = quizzes;
  const blocks: Block[] = [
    ...(first ? [{ type: 'quiz' as const, quiz: first }] : []),
    {
      type: 'callout',
      kind: 'question',
      title: [{ type: 'text', value: 'Check' }],
      collapsible: null,
      children: rest.map((quiz) => ({ type: 'quiz' as const, quiz })),
    },
  ];
  return {
    title,
    preamble: [],
    sections: [{ id: 'one', title: [{ type: 'text', value: 'One' }], titleText: 'One', blocks }],
  };
}

/** A paragraph of plain text. */
export function paragraph(...children: Inline[]): Block {
  return { type: 'paragraph', children };
}

export function text(value: string): Inline {
  return { type: 'text', value };
}
