import { describe, expect, it } from 'vitest';
import type {
  ChoiceQuiz,
  Lesson,
  NumericQuiz,
  Quiz,
} from '../../../src/content/lesson/lesson-types';
import { LANGUAGES, type Language } from '../../../src/content/ui/messages';
import { moodleXml } from '../../../src/progress/export/moodle-xml';
import { cdata, escapeXml } from '../../../src/progress/export/xml';
import { moodleCorrectShare } from '../../../src/progress/kinds/choice/export';
import {
  blocksPlain,
  child,
  childrenNamed,
  fixtureLesson,
  htmlBody,
  htmlPlain,
  inlinePlain,
  paragraph,
  parseXml,
  quizzesOf,
  realLesson,
  text,
  textAt,
  verdictWord,
} from './bank-helpers';

/** Moodle's grade fractions (question_bank::fraction_options_full), positive ones, in percent. */
const MOODLE_PERCENTAGES = [
  100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571,
  12.5, 11.11111, 10, 5,
];

/** True when Moodle's import accepts `percent` as a grade (match_grade_options: within 1e-5). */
function isMoodleGrade(percent: number): boolean {
  return [0, ...MOODLE_PERCENTAGES, ...MOODLE_PERCENTAGES.map((value) => -value)].some(
    (allowed) => Math.abs(percent / 100 - allowed / 100) < 0.00001,
  );
}

/** The exported bank's `<question>`s, parsed back: the category first, then one per quiz. */
function questionsOf(lesson: Lesson, language: Language): Element[] {
  const document = parseXml(moodleXml(lesson, language));
  expect(document.documentElement.localName).toBe('quiz');
  return childrenNamed(document.documentElement, 'question');
}

/** The Moodle questions of `lesson`, checked against its quizzes one by one. */
function expectBankMatches(lesson: Lesson, language: Language): void {
  const [category, ...questions] = questionsOf(lesson, language);
  expect(category?.getAttribute('type')).toBe('category');
  // Moodle splits category paths on "/" and reads "//" as a slash in a name
  const name = `${lesson.title.replaceAll('/', '//')} (${language})`;
  expect(textAt(category!, 'category', 'text')).toBe(`$course$/top/${name}`);
  const quizzes = quizzesOf(lesson);
  expect(questions.map((question) => textAt(question, 'name', 'text'))).toEqual(
    quizzes.map((quiz) => quiz.id),
  );
  questions.forEach((question, index) =>
    expectQuestionMatches(question, quizzes[index]!, language),
  );
}

function expectQuestionMatches(question: Element, quiz: Quiz, language: Language): void {
  expect(htmlPlain(textAt(question, 'questiontext', 'text'))).toBe(blocksPlain(quiz.question));
  expect(child(question, 'questiontext').getAttribute('format')).toBe('html');
  expect(htmlPlain(textAt(question, 'generalfeedback', 'text'))).toBe(
    blocksPlain(quiz.explanation),
  );
  if (quiz.kind === 'choice') expectChoiceMatches(question, quiz, language);
  else expectNumericMatches(question, quiz, language);
}

function expectChoiceMatches(question: Element, quiz: ChoiceQuiz, language: Language): void {
  expect(question.getAttribute('type')).toBe('multichoice');
  expect(textAt(question, 'single')).toBe(quiz.multiple ? 'false' : 'true');
  // the lesson's order, for Moodle to shuffle per attempt as the app does per learner
  expect(textAt(question, 'shuffleanswers')).toBe('true');
  const answers = childrenNamed(question, 'answer');
  expect(answers.map((answer) => htmlPlain(textAt(answer, 'text')))).toEqual(
    quiz.options.map((option) => inlinePlain(option.content)),
  );
  const fractions = answers.map((answer) => Number(answer.getAttribute('fraction')));
  expect(fractions.map((fraction) => fraction > 0)).toEqual(
    quiz.options.map((option) => option.correct),
  );
  expect(fractions.every(isMoodleGrade)).toBe(true);
  // Moodle refuses a multichoice whose positive grades do not add up to 100 % (to 2 places)
  const positive = fractions.filter((fraction) => fraction > 0);
  if (quiz.multiple) {
    expect(Math.round(positive.reduce((sum, fraction) => sum + fraction, 0) * 100) / 100).toBe(100);
    expect(fractions.filter((fraction) => fraction <= 0).every((f) => f === -100)).toBe(true);
  } else {
    expect(positive).toEqual([100]);
  }
  expect(answers.map((answer) => htmlPlain(textAt(answer, 'feedback', 'text')))).toEqual(
    quiz.options.map((option) => verdictWord(language, option.correct)),
  );
}

/** The tolerance as Moodle must hold it, computed here from the quiz. */
function expectedTolerance(quiz: NumericQuiz): number {
  return quiz.tolerance.type === 'absolute'
    ? quiz.tolerance.amount
    : quiz.tolerance.amount * Math.abs(quiz.value);
}

function expectNumericMatches(question: Element, quiz: NumericQuiz, language: Language): void {
  expect(question.getAttribute('type')).toBe('numerical');
  const [right, other, ...more] = childrenNamed(question, 'answer');
  expect(more).toEqual([]);
  expect(right!.getAttribute('fraction')).toBe('100');
  expect(Number(textAt(right!, 'text'))).toBe(quiz.value);
  expect(Number(textAt(right!, 'tolerance'))).toBeCloseTo(expectedTolerance(quiz), 12);
  expect(htmlPlain(textAt(right!, 'feedback', 'text'))).toBe(verdictWord(language, true));
  expect(other!.getAttribute('fraction')).toBe('0');
  expect(textAt(other!, 'text')).toBe('*');
  expect(htmlPlain(textAt(other!, 'feedback', 'text'))).toBe(verdictWord(language, false));
  const units = childrenNamed(question, 'units');
  if (quiz.unit === null) {
    expect(units).toEqual([]);
    expect(textAt(question, 'showunits')).toBe('3');
  } else {
    const unit = childrenNamed(units[0]!, 'unit');
    expect(unit.map((element) => textAt(element, 'unit_name'))).toEqual([quiz.unit]);
    expect(textAt(unit[0]!, 'multiplier')).toBe('1');
    expect(textAt(question, 'showunits')).toBe('0');
  }
}

describe.each(LANGUAGES)('the Moodle XML bank of the %s lesson', (language) => {
  it('has every quiz with its question, options, keys, feedback and explanation', () => {
    const lesson = realLesson(language);
    expect(quizzesOf(lesson).length).toBeGreaterThan(0);
    expectBankMatches(lesson, language);
  });
});

const numeric = (
  id: string,
  value: number,
  tolerance: NumericQuiz['tolerance'],
  unit: string | null,
): NumericQuiz => ({
  kind: 'numeric',
  id,
  question: [paragraph(text(`How much is ${id}?`))],
  explanation: [paragraph(text('Because.'))],
  value,
  tolerance,
  unit,
});

const choice = (id: string, correct: boolean[], question = [paragraph(text(id))]): ChoiceQuiz => ({
  kind: 'choice',
  id,
  question,
  explanation: [],
  options: correct.map((right, index) => ({ content: [text(`option ${index}`)], correct: right })),
  multiple: correct.filter(Boolean).length > 1,
});

describe('a Moodle numerical question', () => {
  const quizzes = [
    numeric('absolute', 0.25, { type: 'absolute', amount: 0.005 }, null),
    numeric('relative', 250, { type: 'relative', amount: 0.01 }, 's'),
    numeric('negative', -4, { type: 'relative', amount: 0.05 }, '%'),
  ];
  const lesson = fixtureLesson('Numbers', quizzes);

  it.each(LANGUAGES)('holds the value, the absolute tolerance and the unit (%s)', (language) => {
    expectBankMatches(lesson, language);
  });

  it('converts a relative tolerance to an absolute one: amount × |value|', () => {
    const [, ...questions] = questionsOf(lesson, 'en');
    const tolerances = questions.map((question) =>
      textAt(childrenNamed(question, 'answer')[0]!, 'tolerance'),
    );
    expect(tolerances).toEqual(['0.005', '2.5', '0.2']);
  });
});

describe('Moodle grades for several correct options', () => {
  it.each([
    [2, ['50', '50', '-100']],
    [3, ['33.33333', '33.33333', '33.33333', '-100']],
    [4, ['25', '25', '25', '25', '-100']],
  ])('%i correct options share 100 %% in allowed fractions', (count, expected) => {
    const quiz = choice('shared', [...Array<boolean>(count).fill(true), false]);
    const [, question] = questionsOf(fixtureLesson('Grades', [quiz]), 'en');
    const fractions = childrenNamed(question!, 'answer').map((a) => a.getAttribute('fraction'));
    expect(fractions).toEqual(expected);
    expect(fractions.map(Number).every(isMoodleGrade)).toBe(true);
  });

  it('has an allowed share for up to 10 correct options, and refuses more', () => {
    for (let count = 1; count <= 10; count++) {
      expect(isMoodleGrade(Number(moodleCorrectShare(count)))).toBe(true);
      expect(Number(moodleCorrectShare(count)) * count).toBeCloseTo(100, 3);
    }
    expect(() => moodleCorrectShare(11)).toThrow(/1\/11/);
  });

  it('keeps a single correct option at 100 and the others at 0', () => {
    const [, question] = questionsOf(fixtureLesson('Grades', [choice('one', [false, true])]), 'en');
    const fractions = childrenNamed(question!, 'answer').map((a) => a.getAttribute('fraction'));
    expect(fractions).toEqual(['0', '100']);
    expect(textAt(question!, 'single')).toBe('true');
  });
});

describe('escaping in the Moodle XML bank', () => {
  const tricky = 'if a < b && c ]]> d "quoted" <b>not bold</b>';
  const quiz: ChoiceQuiz = {
    kind: 'choice',
    id: 'tricky',
    question: [
      paragraph(
        text(tricky),
        { type: 'inlineMath', tex: 'x < y' },
        { type: 'link', url: 'javascript:alert(1)', children: [text('bad link')] },
        { type: 'link', url: 'https://example.org/?a=1&b=2', children: [text('good link')] },
        { type: 'image', src: 'figure.png', alt: 'a figure <of> ]]> things' },
      ),
      { type: 'code', language: 'html', value: '<script>alert(1)</script> ]]>' },
      { type: 'math', tex: '\\frac{a}{b} > 0' },
    ],
    explanation: [paragraph(text('explained ]]]]> twice & more'))],
    options: [
      { content: [text('yes ]]> <i>no</i>')], correct: true },
      { content: [{ type: 'inlineCode', value: 'a && b' }], correct: false },
    ],
    multiple: false,
  };
  const lesson = fixtureLesson('Escapes <&> ]]> / slash', [quiz]);

  it('parses back to the same texts', () => {
    expectBankMatches(lesson, 'pt-BR');
  });

  it('writes no element from the lesson text and keeps only http(s) links', () => {
    const [, question] = questionsOf(lesson, 'en');
    const html = htmlBody(textAt(question!, 'questiontext', 'text'));
    expect(html.querySelector('script, b, i, img')).toBeNull();
    expect([...html.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      'https://example.org/?a=1&b=2',
    ]);
    expect(html.querySelector('pre > code')?.textContent).toBe('<script>alert(1)</script> ]]>');
    expect(htmlPlain(textAt(question!, 'questiontext', 'text'))).toContain(
      '\\[\\frac{a}{b} > 0\\]',
    );
  });

  it('keeps "]]>" inside CDATA and escapes attribute text', () => {
    // the HTML writer escapes ">", so a "]]>" reaches CDATA only from other text
    const raw = 'a ]]> b ]]]]> c <&> ]]';
    const document = parseXml(`<t a="${escapeXml(raw)}">${cdata(raw)}</t>`);
    expect(document.documentElement.textContent).toBe(raw);
    expect(document.documentElement.getAttribute('a')).toBe(raw);
  });

  it('doubles a slash in the category name, as Moodle reads paths', () => {
    const [category] = questionsOf(lesson, 'en');
    expect(textAt(category!, 'category', 'text')).toBe(
      '$course$/top/Escapes <&> ]]> // slash (en)',
    );
  });
});
