import type { Block, Inline, Quiz } from '../lesson-types.ts';
import { htmlToBlock } from './html-blocks.ts';
import { parseMarkdown } from './markdown.ts';
import type { ParseContext } from './parse-context.ts';
import { splitBlocks, type Segment } from './preprocess-blocks.ts';
import { buildQuizFields } from './quiz-kind.ts';
import { readQuiz } from './quiz-block.ts';
import { mdastToBlocks, mdastToInlines } from './to-blocks.ts';

/** Callouts nested deeper than this (a callout in a callout in a callout) lose their box. */
const MAX_CALLOUT_DEPTH = 2;

/**
 * Source lines (the first one being line `firstLine`) as blocks: the pre-pass takes out the
 * MkDocs constructs, remark parses the rest. `calloutDepth` counts the enclosing callouts.
 */
export function linesToBlocks(
  lines: string[],
  firstLine: number,
  ctx: ParseContext,
  calloutDepth = 0,
): Block[] {
  const topLevel = firstLine === 1 && calloutDepth === 0 && !ctx.inQuiz;
  const segments = splitBlocks(lines, firstLine, ctx.diagnostics, topLevel);
  return segments.flatMap((segment) => segmentToBlocks(segment, ctx, calloutDepth));
}

function segmentToBlocks(segment: Segment, ctx: ParseContext, calloutDepth: number): Block[] {
  switch (segment.kind) {
    case 'markdown': {
      const source = segment.lines.join('\n');
      return mdastToBlocks(parseMarkdown(source), source, segment.firstLine, ctx);
    }
    case 'html': {
      const block = htmlToBlock(segment.html, segment.line, ctx.diagnostics, ctx.options);
      return block ? [block] : [];
    }
    case 'tab':
      return linesToBlocks(segment.body, segment.bodyFirstLine, ctx, calloutDepth);
    case 'callout':
      return callout(segment, ctx, calloutDepth);
    case 'quiz':
      return quiz(segment, ctx, calloutDepth);
  }
}

function callout(
  segment: Extract<Segment, { kind: 'callout' }>,
  ctx: ParseContext,
  calloutDepth: number,
): Block[] {
  const title = segment.title === null ? null : inlineMarkdown(segment.title, segment.line, ctx);
  const children = linesToBlocks(segment.body, segment.bodyFirstLine, ctx, calloutDepth + 1);
  if (calloutDepth >= MAX_CALLOUT_DEPTH) {
    ctx.diagnostics.warning(
      segment.line,
      `callout nested ${calloutDepth} levels deep is not rendered as a box (one level of nesting is): its title and body are shown in place`,
    );
    const heading: Block[] = title?.length
      ? [{ type: 'paragraph', children: [{ type: 'strong', children: title }] }]
      : [];
    return [...heading, ...children];
  }
  const collapsible =
    segment.marker === '???' ? 'closed' : segment.marker === '???+' ? 'open' : null;
  return [{ type: 'callout', kind: segment.calloutKind, title, collapsible, children }];
}

function quiz(
  segment: Extract<Segment, { kind: 'quiz' }>,
  ctx: ParseContext,
  calloutDepth: number,
): Block[] {
  if (ctx.inQuiz) {
    ctx.diagnostics.error(
      segment.line,
      'a quiz cannot contain another quiz: the inner one is dropped',
    );
    return [];
  }
  const raw = readQuiz(segment.syntax, segment.lines, segment.line, ctx.diagnostics);
  ctx.inQuiz = true;
  try {
    const question = linesToBlocks(raw.question.lines, raw.question.firstLine, ctx, calloutDepth);
    const fields = buildQuizFields(raw, {
      error: (line, message) => ctx.diagnostics.error(line, message),
      inline: (text, line) => inlineMarkdown(text, line, ctx),
    });
    const explanation = linesToBlocks(
      raw.explanation.lines,
      raw.explanation.firstLine,
      ctx,
      calloutDepth,
    );
    if (!fields) return [];
    // the kind's fields and the shared parts make one quiz of that kind
    const result = { ...fields, id: segment.id ?? '', question, explanation } as Quiz;
    ctx.lines.set(result, segment.line);
    return [{ type: 'quiz', quiz: result }];
  } finally {
    ctx.inQuiz = false;
  }
}

/** One line of Markdown (a title, an option) as inline content. */
function inlineMarkdown(text: string, line: number, ctx: ParseContext): Inline[] {
  return mdastToInlines(parseMarkdown(text), text, line, ctx);
}
