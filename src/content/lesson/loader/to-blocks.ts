import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import type { Block, Inline } from '../lesson-types.ts';
import { splitHeadingAttributes } from './heading-ids.ts';
import { htmlToBlock } from './html-blocks.ts';
import type { ParseContext } from './parse-context.ts';
import { lineOf, toInlines, type Chunk } from './to-inlines.ts';
import { warnStrayCallout } from './unsupported-syntax.ts';
import { videoParagraph } from './video-link.ts';

export { mdastToInlines } from './to-inlines.ts';

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
      const block = htmlToBlock(node.value, line, ctx.diagnostics, ctx.options);
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
  const video = videoParagraph(children, (identifier) => chunk.definitions.get(identifier));
  if (video?.kind === 'video') return [video.block];
  if (video?.kind === 'noVideoId') {
    chunk.ctx.diagnostics.error(
      line,
      `the thumbnail links to YouTube but "${video.url}" names no video (write youtube.com/watch?v=ID, youtu.be/ID or youtube.com/embed/ID): it is dropped`,
    );
    return [];
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
