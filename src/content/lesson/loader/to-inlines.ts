import type { Nodes, PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Inline } from '../lesson-types.ts';
import { inlineHtmlDropped } from './html-blocks.ts';
import { checkImage } from './image-check.ts';
import type { ParseContext } from './parse-context.ts';
import { warnUnsupportedInline } from './unsupported-syntax.ts';

/** One Markdown chunk being converted: its text and where it sits in the lesson file. */
export interface Chunk {
  ctx: ParseContext;
  source: string;
  /** Added to an mdast line to get the source line. */
  lineOffset: number;
  definitions: Map<string, string>;
}

/** Inline Markdown (a callout title, a quiz option): the first paragraph's content. */
export function mdastToInlines(
  root: Root,
  source: string,
  line: number,
  ctx: ParseContext,
): Inline[] {
  const chunk: Chunk = { ctx, source, lineOffset: line - 1, definitions: new Map() };
  const [first, ...rest] = root.children;
  if (!first) return [];
  if (first.type === 'paragraph' && rest.length === 0) return toInlines(first.children, chunk);
  return [{ type: 'text', value: source.trim() }];
}

/** The source line an mdast node starts on. */
export function lineOf(node: Nodes, chunk: Chunk): number {
  return (node.position?.start.line ?? 1) + chunk.lineOffset;
}

/** mdast phrasing content as inlines; adjacent text merged, raw HTML dropped. */
export function toInlines(nodes: PhrasingContent[], chunk: Chunk): Inline[] {
  const inlines: Inline[] = [];
  for (const node of nodes) {
    for (const inline of toInline(node, chunk)) {
      const previous = inlines[inlines.length - 1];
      if (inline.type === 'text' && previous?.type === 'text') previous.value += inline.value;
      else inlines.push(inline);
    }
  }
  return inlines;
}

function toInline(node: PhrasingContent, chunk: Chunk): Inline[] {
  const { ctx } = chunk;
  const line = lineOf(node, chunk);
  switch (node.type) {
    case 'text':
      warnUnsupportedInline(node.value, line, ctx.diagnostics);
      return [{ type: 'text', value: node.value }];
    case 'emphasis':
    case 'strong':
    case 'delete':
      return [{ type: node.type, children: toInlines(node.children, chunk) }];
    case 'inlineCode':
      return [{ type: 'inlineCode', value: node.value }];
    case 'inlineMath':
      ctx.formulas.push({ tex: node.value, display: false, line });
      return [{ type: 'inlineMath', tex: node.value }];
    case 'break':
      return [{ type: 'break' }];
    case 'link':
      return link(node.url, toInlines(node.children, chunk), line, ctx);
    case 'linkReference': {
      const url = chunk.definitions.get(node.identifier);
      const children = toInlines(node.children, chunk);
      return url === undefined ? children : link(url, children, line, ctx);
    }
    case 'image':
      return image(node.url, node.alt ?? '', line, ctx);
    case 'imageReference': {
      const url = chunk.definitions.get(node.identifier);
      return url === undefined ? [] : image(url, node.alt ?? '', line, ctx);
    }
    case 'html':
      inlineHtmlDropped(node.value, line, ctx.diagnostics);
      return [];
    case 'footnoteReference':
      ctx.diagnostics.warning(
        line,
        `footnote reference [^${node.label ?? node.identifier}] is not supported: it is dropped`,
      );
      return [];
    default:
      return [{ type: 'text', value: toString(node) }];
  }
}

/** Links whose URL would run code are kept as their text only. */
function link(url: string, children: Inline[], line: number, ctx: ParseContext): Inline[] {
  if (/^\s*(javascript|vbscript|data):/i.test(url)) {
    ctx.diagnostics.warning(line, `link to "${url.slice(0, 40)}" is not allowed: kept as text`);
    return children;
  }
  return [{ type: 'link', url, children }];
}

function image(src: string, alt: string, line: number, ctx: ParseContext): Inline[] {
  const problem = checkImage(src, ctx.options);
  if (problem) ctx.diagnostics.error(line, problem);
  return [{ type: 'image', src, alt }];
}
