import type { Diagnostics } from './diagnostics.ts';
import type { Cursor, Segment, Span } from './segments.ts';
import { FenceTracker, dedent, indentWidth, isBlank } from './source-lines.ts';
import {
  COMMENT_START,
  DIV_START,
  QUIZ_ID_COMMENT,
  QUIZ_SYNTAXES,
  readComment,
  readIdentifiedQuiz,
  readDiv,
  readQuiz,
} from './tag-spans.ts';

export type { Segment } from './segments.ts';

const CALLOUT = /^(!!!|\?\?\?\+?)[ \t]+(.*)$/;
const CALLOUT_HEADER = /^([A-Za-z][\w-]*)((?:[ \t]+[A-Za-z][\w-]*)*)(?:[ \t]+"(.*)")?[ \t]*$/;
const CONTENT_TAB = /^===\+?[ \t]+"(.*)"[ \t]*$/;
const ABBREVIATION = /^\*\[[^\]]+\]:/;
const SNIPPET = /^-+8<-+/;

/**
 * The line-by-line pre-pass: splits lines into segments. The course's MkDocs block syntax
 * (callouts, quizzes, content tabs) and HTML comments/divs are taken apart; everything else is
 * left as ordinary Markdown for remark, and lines inside fenced code always are. `firstLine` is
 * the 1-based source line of `lines[0]`; `topLevel` allows YAML front matter on the first line.
 */
export function splitBlocks(
  lines: string[],
  firstLine: number,
  diagnostics: Diagnostics,
  topLevel = false,
): Segment[] {
  const cursor: Cursor = { lines, firstLine, diagnostics };
  const segments: Segment[] = [];
  const fence = new FenceTracker();
  let markdown: { lines: string[]; firstLine: number } | null = null;
  const flush = () => {
    if (markdown) segments.push({ kind: 'markdown', ...markdown });
    markdown = null;
  };
  let index = topLevel ? skipFrontMatter(cursor) : 0;
  while (index < lines.length) {
    const line = lines[index] ?? '';
    const special = fence.step(line) ? null : readSpecial(cursor, index);
    if (!special) {
      markdown ??= { lines: [], firstLine: firstLine + index };
      markdown.lines.push(line);
      index += 1;
      continue;
    }
    flush();
    if (special.segment) segments.push(special.segment);
    index = special.next;
  }
  flush();
  return segments;
}

/** The special construct starting at `index`, if any, and the index of the line after it. */
function readSpecial(cursor: Cursor, index: number): Span | null {
  const line = cursor.lines[index] ?? '';
  const lineNumber = cursor.firstLine + index;
  const quizId = QUIZ_ID_COMMENT.exec(line);
  if (quizId) return readIdentifiedQuiz(cursor, index, quizId[1] ?? '');
  if (COMMENT_START.test(line)) return readComment(cursor, index);
  if (DIV_START.test(line)) return readDiv(cursor, index);
  for (const quiz of QUIZ_SYNTAXES) {
    if (quiz.open.test(line)) return readQuiz(cursor, index, quiz);
  }
  const callout = CALLOUT.exec(line);
  if (callout) return readCallout(cursor, index, callout[1] as '!!!' | '???' | '???+', callout[2]);
  const tab = CONTENT_TAB.exec(line);
  if (tab) {
    cursor.diagnostics.warning(
      lineNumber,
      `content tabs (=== "${tab[1]}") are not rendered: the tab title is dropped and its content is shown in place`,
    );
    const body = readIndentedBody(cursor, index + 1);
    return {
      segment: { kind: 'tab', line: lineNumber, body: body.lines, bodyFirstLine: lineNumber + 1 },
      next: body.next,
    };
  }
  if (ABBREVIATION.test(line)) {
    cursor.diagnostics.warning(
      lineNumber,
      'abbreviation definitions (*[ABBR]: …) are not supported: the line is dropped',
    );
    return { segment: null, next: index + 1 };
  }
  if (SNIPPET.test(line)) {
    cursor.diagnostics.warning(
      lineNumber,
      'snippet includes (--8<--) are not supported: the line is dropped',
    );
    return { segment: null, next: index + 1 };
  }
  return null;
}

/** YAML front matter (`---` … `---` on the first line) is MkDocs page metadata: dropped. */
function skipFrontMatter(cursor: Cursor): number {
  if (cursor.lines[0]?.trim() !== '---') return 0;
  const end = cursor.lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line));
  if (end < 0) return 0;
  cursor.diagnostics.warning(1, 'front matter (--- … ---) is not used by the app: dropped');
  return end + 1;
}

function readCallout(
  cursor: Cursor,
  index: number,
  marker: '!!!' | '???' | '???+',
  header: string | undefined,
): Span | null {
  const lineNumber = cursor.firstLine + index;
  const parts = CALLOUT_HEADER.exec(header ?? '');
  if (!parts?.[1]) {
    cursor.diagnostics.warning(
      lineNumber,
      `"${marker} ${header ?? ''}" is not a callout header (expected ${marker} kind "Title"): it shows as raw text`,
    );
    return null;
  }
  const modifiers = (parts[2] ?? '').trim();
  if (modifiers) {
    cursor.diagnostics.warning(
      lineNumber,
      `callout modifiers "${modifiers}" are not rendered: ignored`,
    );
  }
  const body = readIndentedBody(cursor, index + 1);
  if (body.lines.every(isBlank)) {
    const next = cursor.lines.slice(index + 1).find((line) => !isBlank(line)) ?? '';
    const indent = indentWidth(next);
    const detail =
      indent > 0 ? `its body is indented by ${indent} spaces` : 'its body is not indented';
    cursor.diagnostics.error(
      lineNumber,
      `callout "${marker} ${parts[1]}": ${detail}; the body must be indented by 4 spaces`,
    );
  }
  return {
    segment: {
      kind: 'callout',
      line: lineNumber,
      marker,
      calloutKind: parts[1],
      title: parts[3] ?? null,
      body: body.lines,
      bodyFirstLine: lineNumber + 1,
    },
    next: body.next,
  };
}

/** The blank or 4-space-indented lines from `start`, dedented, without trailing blank lines. */
function readIndentedBody(cursor: Cursor, start: number): { lines: string[]; next: number } {
  let end = start;
  while (end < cursor.lines.length) {
    const line = cursor.lines[end] ?? '';
    if (!isBlank(line) && indentWidth(line) < 4) break;
    end += 1;
  }
  while (end > start && isBlank(cursor.lines[end - 1] ?? '')) end -= 1;
  return { lines: cursor.lines.slice(start, end).map(dedent), next: end };
}
