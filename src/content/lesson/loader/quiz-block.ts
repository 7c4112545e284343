import type { AnswerLine } from '../../../progress/kinds/kind-definition.ts';
import { QUIZ_KINDS } from '../../../progress/kinds/registry.ts';
import type { Diagnostics } from './diagnostics.ts';
import { FenceTracker, indentWidth, isBlank } from './source-lines.ts';

/** Source lines of a quiz part, still Markdown. */
export interface RawLines {
  lines: string[];
  firstLine: number;
}

/** A quiz taken apart, before its parts are parsed as Markdown. */
export interface RawQuiz {
  line: number;
  question: RawLines;
  /** The answer lines: options to tick, or a numeric key; their markers tell the kind. */
  answers: AnswerLine[];
  explanation: RawLines;
}

const OLD_KEY = /^\s*([A-Za-z][\w-]*):(.*)$/;
/** Every kind's answer keys in the old syntax (`answer-correct:` → "x"), and their markers. */
const ANSWER_KEYS: ReadonlyMap<string, string> = new Map(
  Object.values(QUIZ_KINDS).flatMap((kind) => Object.entries(kind.syntax.oldKeys)),
);
const OLD_KEYS = ['question', ...ANSWER_KEYS.keys(), 'content'];
/** `- [ ] text`, `- [x] text`, `* [X] text`, `- [=] 0,25`: a kind's marker between brackets. */
const MARKERS = Object.values(QUIZ_KINDS)
  .flatMap((kind) => kind.syntax.markers)
  .map((marker) => marker.replace(/[\\\]^-]/g, '\\$&'))
  .join('');
const OPTION = new RegExp(`^ {0,3}[-*+][ \\t]+\\[([${MARKERS}])\\](?:[ \\t]+(.*?))?[ \\t]*$`);

/**
 * Reads a quiz block of either syntax (the lines between its opening and closing tags; the
 * opening tag is on `line`) and reports what a quiz must have.
 */
export function readQuiz(
  syntax: 'old' | 'new',
  lines: string[],
  line: number,
  diagnostics: Diagnostics,
): RawQuiz {
  const quiz = syntax === 'old' ? readOldQuiz(lines, line, diagnostics) : readNewQuiz(lines, line);
  checkQuiz(quiz, syntax, diagnostics);
  return quiz;
}

/** `question:`, `answer:`, `answer-correct:` lines, then `content:` and the explanation. */
function readOldQuiz(lines: string[], line: number, diagnostics: Diagnostics): RawQuiz {
  const quiz = emptyQuiz(line);
  let last: 'question' | 'answer' | null = null;
  for (let index = 0; index < lines.length; index += 1) {
    const text = lines[index] ?? '';
    const lineNumber = line + 1 + index;
    const pair = OLD_KEY.exec(text);
    const key = pair?.[1] ?? '';
    const value = (pair?.[2] ?? '').trim();
    if (key === 'content') {
      quiz.explanation = {
        lines: [value, ...lines.slice(index + 1)],
        firstLine: lineNumber,
      };
      return quiz;
    }
    if (key === 'question') {
      if (quiz.question.lines.some((part) => !isBlank(part))) {
        diagnostics.error(lineNumber, 'quiz has a second "question:" line');
      }
      quiz.question = { lines: [value], firstLine: lineNumber };
      last = 'question';
    } else if (ANSWER_KEYS.has(key)) {
      quiz.answers.push({ marker: ANSWER_KEYS.get(key) ?? ' ', text: value, line: lineNumber });
      last = 'answer';
    } else if (pair) {
      diagnostics.error(
        lineNumber,
        `unknown quiz key "${key}:" (the keys are ${OLD_KEYS.map((k) => `${k}:`).join(', ')})`,
      );
      last = null;
    } else if (isBlank(text)) {
      continue;
    } else if (last === 'question') {
      quiz.question.lines.push(text);
    } else if (last === 'answer') {
      const option = quiz.answers[quiz.answers.length - 1];
      if (option) option.text = `${option.text} ${text.trim()}`.trim();
    } else {
      diagnostics.error(
        lineNumber,
        `quiz line is not a "key: value" pair (the keys are ${OLD_KEYS.join(', ')})`,
      );
    }
  }
  return quiz;
}

/** The question up to the first option line, the options, then the explanation. */
function readNewQuiz(lines: string[], line: number): RawQuiz {
  const quiz = emptyQuiz(line);
  const fence = new FenceTracker();
  let index = 0;
  for (; index < lines.length; index += 1) {
    const text = lines[index] ?? '';
    if (!fence.inside && OPTION.test(text)) break;
    fence.step(text);
    quiz.question.lines.push(text);
  }
  for (; index < lines.length; index += 1) {
    const text = lines[index] ?? '';
    const option = OPTION.exec(text);
    const last = quiz.answers[quiz.answers.length - 1];
    if (option) {
      quiz.answers.push({
        marker: option[1] ?? ' ',
        text: option[2] ?? '',
        line: line + 1 + index,
      });
    } else if (last && !isBlank(text) && indentWidth(text) >= 2) {
      last.text = `${last.text} ${text.trim()}`.trim();
    } else {
      break;
    }
  }
  quiz.explanation = { lines: lines.slice(index), firstLine: line + 1 + index };
  return quiz;
}

function emptyQuiz(line: number): RawQuiz {
  return {
    line,
    question: { lines: [], firstLine: line + 1 },
    answers: [],
    explanation: { lines: [], firstLine: line + 1 },
  };
}

/** A quiz needs a question, answer lines and an explanation; its kind checks its own lines. */
function checkQuiz(quiz: RawQuiz, syntax: 'old' | 'new', diagnostics: Diagnostics): void {
  const optionSyntax = syntax === 'old' ? '"answer:" lines' : '"- [ ]" / "- [x]" lines';
  if (quiz.question.lines.every(isBlank)) {
    diagnostics.error(quiz.line, 'quiz has no question');
  }
  if (quiz.answers.length === 0) {
    diagnostics.error(quiz.line, `quiz has no options (${optionSyntax})`);
  }
  if (quiz.explanation.lines.every(isBlank)) {
    const where =
      syntax === 'old'
        ? 'write it after "content:"'
        : 'write it after the options, following a blank line';
    diagnostics.error(quiz.line, `quiz has no explanation (${where})`);
  }
}
