import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Block, Inline } from '../lesson-types.ts';
import { splitHeadingAttributes } from './heading-ids.ts';
import { htmlToBlock, inlineHtmlDropped } from './html-blocks.ts';
import { checkImage } from './image-check.ts';
import type { ParseContext } from './parse-context.ts';
import { warnStrayCallout, warnUnsupportedInline } from './unsupported-syntax.ts';

/** One Markdown chunk being converted: its text and where it sits in the lesson file. */
interface Chunk {
  ctx: ParseContext;
  source: string;
  /** Added to an mdast line to get the source line. */
  lineOffset: number;
  definitions: Map<string, string>;
}

/** Converts a remark tree parsed from `source`, whose first line is source line `firstLine`. */
export function mdastToBlocks(
  root: Root,
  source: string,
  firstLine: number,
  ctx: ParseContext,
): Block[] {
  const chunk: Chunk = { ctx, source, lineOffset: firstLine - 1, definitions: new Map() };
  collectDefinitions(root, chunk.definitions);
  return toBlocks(root.children, chunk);
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

function lineOf(node: Nodes, chunk: Chunk): number {
  return (node.position?.start.line ?? 1) + chunk.lineOffset;
}

function collectDefinitions(node: Nodes, definitions: Map<string, string>): void {
  if (node.type === 'definition') definitions.set(node.identifier, node.url);
  if ('children' in node) for (const child of node.children) collectDefinitions(child, definitions);
}

function toBlocks(nodes: RootContent[], chunk: Chunk): Block[] {
  return nodes.flatMap((node) => toBlock(node, chunk));
}

function toBlock(node: RootContent, chunk: Chunk): Block[] {
  const { ctx } = chunk;
  const line = lineOf(node, chunk);
  switch (node.type) {
    case 'paragraph':
      return paragraph(node.children, line, chunk);
    case 'heading':
      return [heading(node.depth, node.children, line, chunk)];
    case 'math':
      return [displayMath(node.value, line, ctx)];
    case 'code':
      return [{ type: 'code', language: node.lang ?? null, value: node.value }];
    case 'list':
      return [
        {
          type: 'list',
          ordered: node.ordered ?? false,
          start: node.ordered ? (node.start ?? 1) : null,
          items: node.children.map((item) => {
            if (typeof item.checked === 'boolean') {
              ctx.diagnostics.warning(
                lineOf(item, chunk),
                'task-list checkbox ([ ] / [x]) outside a quiz is not rendered: the box is dropped',
              );
            }
            return toBlocks(item.children, chunk);
          }),
        },
      ];
    case 'blockquote':
      return [{ type: 'blockquote', children: toBlocks(node.children, chunk) }];
    case 'table':
      return [
        {
          type: 'table',
          align: (node.align ?? []).map((align) => align ?? null),
          rows: node.children.map((row) =>
            row.children.map((cell) => toInlines(cell.children, chunk)),
          ),
        },
      ];
    case 'thematicBreak':
      return [{ type: 'thematicBreak' }];
    case 'html': {
      const block = htmlToBlock(node.value, line, ctx.diagnostics);
      return block ? [block] : [];
    }
    case 'definition':
      return [];
    case 'footnoteDefinition':
      ctx.diagnostics.warning(
        line,
        `footnote definition [^${node.label ?? node.identifier}] is not supported: it is dropped`,
      );
      return [];
    default:
      ctx.diagnostics.warning(line, `Markdown "${node.type}" is not supported: it is dropped`);
      return [];
  }
}

function paragraph(children: PhrasingContent[], line: number, chunk: Chunk): Block[] {
  const [only] = children;
  if (children.length === 1 && only?.type === 'inlineMath' && isDoubleDollar(only, chunk)) {
    return [displayMath(only.value, line, chunk.ctx)];
  }
  if (only?.type === 'text') warnStrayCallout(only.value, line, chunk.ctx.diagnostics);
  const inlines = toInlines(children, chunk);
  return inlines.length > 0 ? [{ type: 'paragraph', children: inlines }] : [];
}

/** `$$…$$` written inside a line parses as inline math; alone in a paragraph it is display math. */
function isDoubleDollar(node: Nodes, chunk: Chunk): boolean {
  const offset = node.position?.start.offset;
  return offset !== undefined && chunk.source.startsWith('$$', offset);
}

function displayMath(tex: string, line: number, ctx: ParseContext): Block {
  ctx.formulas.push({ tex, display: true, line });
  return { type: 'math', tex };
}

function heading(
  depth: 1 | 2 | 3 | 4 | 5 | 6,
  children: PhrasingContent[],
  line: number,
  chunk: Chunk,
): Block {
  let content = children;
  let explicitId: string | null = null;
  const last = children[children.length - 1];
  const split = last?.type === 'text' ? splitHeadingAttributes(last.value) : null;
  if (last?.type === 'text' && split) {
    content = [...children.slice(0, -1), { ...last, value: split.text }];
    explicitId = split.id;
    if (split.ignored.length > 0) {
      chunk.ctx.diagnostics.warning(
        line,
        `heading attributes "${split.ignored.join(' ')}" are not supported (only {#id} is): dropped`,
      );
    }
  }
  const block: Extract<Block, { type: 'heading' }> = {
    type: 'heading',
    depth,
    id: '',
    children: trimEnd(toInlines(content, chunk)),
  };
  chunk.ctx.headings.push({ block, explicitId, line });
  chunk.ctx.lines.set(block, line);
  return block;
}

function trimEnd(inlines: Inline[]): Inline[] {
  const last = inlines[inlines.length - 1];
  if (last?.type !== 'text') return inlines;
  const value = last.value.trimEnd();
  return value ? [...inlines.slice(0, -1), { type: 'text', value }] : inlines.slice(0, -1);
}

function toInlines(nodes: PhrasingContent[], chunk: Chunk): Inline[] {
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
