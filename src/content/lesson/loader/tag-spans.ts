import type { Cursor, Segment, Span } from './segments.ts';
import { FenceTracker, isBlank } from './source-lines.ts';

/* Constructs delimited by an opening and a closing tag: comments, <div> blocks, quizzes. */

export const COMMENT_START = /^ {0,3}<!--/;
export const DIV_START = /^ {0,3}<div(?=[\s>/]|$)/i;
const DIV_OPEN = /<div(?=[\s>/]|$)/gi;
const DIV_CLOSE = /<\/div\s*>/gi;
export const QUIZ_SYNTAXES = [
  {
    syntax: 'old',
    open: /^ {0,3}<\?quiz\?>\s*$/,
    close: /^ {0,3}<\?\/quiz\?>\s*$/,
    tag: '<?quiz?>',
  },
  { syntax: 'new', open: /^ {0,3}<quiz>\s*$/, close: /^ {0,3}<\/quiz>\s*$/, tag: '<quiz>' },
] as const;

/** `<!-- quiz: phase-order -->` on the line right above a quiz: the id its author gives it. */
export const QUIZ_ID_COMMENT = /^ {0,3}<!--\s*quiz:\s*(.*?)\s*-->\s*$/;

/** A quiz with the id written on the line above it (the comment is at `index`). */
export function readIdentifiedQuiz(cursor: Cursor, index: number, id: string): Span {
  const lineNumber = cursor.firstLine + index;
  const next = cursor.lines[index + 1] ?? '';
  const quiz = QUIZ_SYNTAXES.find((syntax) => syntax.open.test(next));
  if (!quiz) {
    cursor.diagnostics.error(
      lineNumber,
      `quiz id "${id}" must be on the line right above a quiz (<quiz> or <?quiz?>): it is ignored`,
    );
    return readComment(cursor, index);
  }
  if (id === '') {
    cursor.diagnostics.error(
      lineNumber,
      'quiz id "" is not usable: write one after "quiz:"; the quiz is named by position',
    );
  }
  const span = readQuiz(cursor, index + 1, quiz);
  if (span.segment?.kind === 'quiz' && id !== '') span.segment.id = id;
  return span;
}

/** An HTML comment, up to the line holding its `-->`. */
export function readComment(cursor: Cursor, index: number): Span {
  const line = cursor.lines[index] ?? '';
  const start = line.indexOf('<!--');
  let end = index;
  let from = start + 4;
  while (end < cursor.lines.length && !(cursor.lines[end] ?? '').includes('-->', from)) {
    end += 1;
    from = 0;
  }
  if (end >= cursor.lines.length) {
    cursor.diagnostics.error(
      cursor.firstLine + index,
      'HTML comment <!-- is never closed with -->: it hides the rest of the file',
    );
    return { segment: null, next: cursor.lines.length };
  }
  const html = cursor.lines.slice(index, end + 1).join('\n');
  return { segment: { kind: 'html', line: cursor.firstLine + index, html }, next: end + 1 };
}

/** A `<div …>` block, up to the `</div>` that closes it (nested divs counted). */
export function readDiv(cursor: Cursor, index: number): Span {
  let depth = 0;
  for (let end = index; end < cursor.lines.length; end += 1) {
    const line = cursor.lines[end] ?? '';
    depth += (line.match(DIV_OPEN)?.length ?? 0) - (line.match(DIV_CLOSE)?.length ?? 0);
    if (depth <= 0) {
      const html = cursor.lines.slice(index, end + 1).join('\n');
      return { segment: { kind: 'html', line: cursor.firstLine + index, html }, next: end + 1 };
    }
  }
  cursor.diagnostics.error(cursor.firstLine + index, '<div> is never closed with </div>');
  let next = index + 1;
  while (next < cursor.lines.length && !isBlank(cursor.lines[next] ?? '')) next += 1;
  return { segment: null, next };
}

/** A quiz block of either syntax, up to its closing tag (one inside a code fence does not count). */
export function readQuiz(
  cursor: Cursor,
  index: number,
  quiz: (typeof QUIZ_SYNTAXES)[number],
): Span {
  const fence = new FenceTracker();
  for (let end = index + 1; end < cursor.lines.length; end += 1) {
    const line = cursor.lines[end] ?? '';
    if (fence.step(line)) continue;
    if (quiz.close.test(line)) {
      const lines = cursor.lines.slice(index + 1, end);
      const segment: Segment = {
        kind: 'quiz',
        line: cursor.firstLine + index,
        syntax: quiz.syntax,
        lines,
        id: null,
      };
      return { segment, next: end + 1 };
    }
  }
  const closing = quiz.syntax === 'old' ? '<?/quiz?>' : '</quiz>';
  cursor.diagnostics.error(
    cursor.firstLine + index,
    `quiz ${quiz.tag} is never closed with ${closing}: the quiz is dropped`,
  );
  return { segment: null, next: index + 1 };
}
