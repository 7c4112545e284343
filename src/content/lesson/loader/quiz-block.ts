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
  options: { text: string; correct: boolean; line: number }[];
  explanation: RawLines;
}

const OLD_KEY = /^\s*([A-Za-z][\w-]*):(.*)$/;
const OLD_KEYS = ['question', 'answer', 'answer-correct', 'content'];
/** `- [ ] text`, `- [x] text`, `* [X] text`. */
const OPTION = /^ {0,3}[-*+][ \t]+\[([ xX])\](?:[ \t]+(.*?))?[ \t]*$/;

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
    } else if (key === 'answer' || key === 'answer-correct') {
      quiz.options.push({ text: value, correct: key === 'answer-correct', line: lineNumber });
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
      const option = quiz.options[quiz.options.length - 1];
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
    const last = quiz.options[quiz.options.length - 1];
    if (option) {
      quiz.options.push({
        text: option[2] ?? '',
        correct: option[1] !== ' ',
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
    options: [],
    explanation: { lines: [], firstLine: line + 1 },
  };
}

/** A quiz needs a question, options, at least one correct option and an explanation. */
function checkQuiz(quiz: RawQuiz, syntax: 'old' | 'new', diagnostics: Diagnostics): void {
  const optionSyntax = syntax === 'old' ? '"answer:" lines' : '"- [ ]" / "- [x]" lines';
  const correctSyntax = syntax === 'old' ? 'an "answer-correct:" line' : 'a "- [x]" line';
  if (quiz.question.lines.every(isBlank)) {
    diagnostics.error(quiz.line, 'quiz has no question');
  }
  if (quiz.options.length === 0) {
    diagnostics.error(quiz.line, `quiz has no options (${optionSyntax})`);
  } else if (!quiz.options.some((option) => option.correct)) {
    diagnostics.error(quiz.line, `quiz has no correct answer (${correctSyntax})`);
  }
  for (const option of quiz.options) {
    if (option.text.trim() === '') diagnostics.error(option.line, 'quiz option is empty');
  }
  if (quiz.explanation.lines.every(isBlank)) {
    const where =
      syntax === 'old'
        ? 'write it after "content:"'
        : 'write it after the options, following a blank line';
    diagnostics.error(quiz.line, `quiz has no explanation (${where})`);
  }
}
