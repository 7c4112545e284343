import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type {
  ChoiceQuiz,
  Lesson,
  NumericQuiz,
  Quiz,
} from '../../../src/content/lesson/lesson-types';
import { LANGUAGES, type Language } from '../../../src/content/ui/messages';
import { qtiZip } from '../../../src/progress/export/qti12';
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

/** The package unzipped: the manifest parsed, and the assessment it points at parsed. */
function unpack(lesson: Lesson, language: Language): { manifest: Document; assessment: Document } {
  const files = unzipSync(qtiZip(lesson, language));
  const manifest = parseXml(strFromU8(files['imsmanifest.xml']!));
  const resources = [...manifest.getElementsByTagName('resource')];
  expect(resources.map((resource) => resource.getAttribute('type'))).toEqual(['imsqti_xmlv1p2']);
  const href = child(resources[0]!, 'file').getAttribute('href') ?? '';
  expect(Object.keys(files).sort()).toEqual([href, 'imsmanifest.xml'].sort());
  return { manifest, assessment: parseXml(strFromU8(files[href]!)) };
}

function itemsOf(lesson: Lesson, language: Language): Element[] {
  const { assessment } = unpack(lesson, language);
  const root = assessment.documentElement;
  expect(root.localName).toBe('questestinterop');
  const section = child(child(root, 'assessment'), 'section');
  return childrenNamed(section, 'item');
}

/** The value of the item's qtimetadata field `label`. */
function metadata(item: Element, label: string): string | null {
  const fields = [...child(child(item, 'itemmetadata'), 'qtimetadata').children];
  const field = fields.find((element) => textAt(element, 'fieldlabel') === label);
  return field ? textAt(field, 'fieldentry') : null;
}

function conditionsOf(item: Element): Element[] {
  return childrenNamed(child(item, 'resprocessing'), 'respcondition');
}

/** The HTML of the `<itemfeedback>` a condition's `<displayfeedback>` links to, as plain text. */
function feedbackShownBy(item: Element, condition: Element): string[] {
  return childrenNamed(condition, 'displayfeedback').map((display) => {
    const id = display.getAttribute('linkrefid');
    const feedback = childrenNamed(item, 'itemfeedback').find(
      (f) => f.getAttribute('ident') === id,
    );
    expect(feedback, `itemfeedback ${id}`).toBeDefined();
    return htmlPlain(textAt(feedback!, 'flow_mat', 'material', 'mattext'));
  });
}

/** The condition that sets SCORE to 100: the right answer. */
function scoringCondition(item: Element): Element {
  const scoring = conditionsOf(item).filter((condition) =>
    childrenNamed(condition, 'setvar').some(
      (setvar) =>
        setvar.getAttribute('varname') === 'SCORE' &&
        setvar.getAttribute('action') === 'Set' &&
        setvar.textContent === '100',
    ),
  );
  expect(scoring).toHaveLength(1);
  expect(scoring[0]!.getAttribute('continue')).toBe('No');
  return scoring[0]!;
}

function expectAssessmentMatches(lesson: Lesson, language: Language): void {
  const items = itemsOf(lesson, language);
  const quizzes = quizzesOf(lesson);
  expect(items.map((item) => item.getAttribute('ident'))).toEqual(quizzes.map((quiz) => quiz.id));
  items.forEach((item, index) => expectItemMatches(item, quizzes[index]!, language));
}

function expectItemMatches(item: Element, quiz: Quiz, language: Language): void {
  const presentation = child(item, 'presentation');
  expect(htmlPlain(textAt(presentation, 'material', 'mattext'))).toBe(blocksPlain(quiz.question));
  expect(child(child(presentation, 'material'), 'mattext').getAttribute('texttype')).toBe(
    'text/html',
  );
  expect(metadata(item, 'points_possible')).toBe('1');
  // the explanation: shown after any answer (a condition on <other/> that goes on)
  const general = conditionsOf(item).filter(
    (condition) =>
      childrenNamed(child(condition, 'conditionvar'), 'other').length === 1 &&
      childrenNamed(condition, 'displayfeedback')[0]?.getAttribute('linkrefid') === 'general_fb',
  );
  if (blocksPlain(quiz.explanation) === '') {
    expect(general).toEqual([]);
  } else {
    expect(general).toHaveLength(1);
    expect(general[0]!.getAttribute('continue')).toBe('Yes');
    expect(feedbackShownBy(item, general[0]!)).toEqual([blocksPlain(quiz.explanation)]);
  }
  if (quiz.kind === 'choice') expectChoiceMatches(item, quiz, language);
  else expectNumericMatches(item, quiz, language);
}

function expectChoiceMatches(item: Element, quiz: ChoiceQuiz, language: Language): void {
  expect(metadata(item, 'question_type')).toBe(
    quiz.multiple ? 'multiple_answers_question' : 'multiple_choice_question',
  );
  const response = child(child(item, 'presentation'), 'response_lid');
  expect(response.getAttribute('rcardinality')).toBe(quiz.multiple ? 'Multiple' : 'Single');
  // the lesson's order, for the LMS to shuffle as the app does per learner
  expect(child(response, 'render_choice').getAttribute('shuffle')).toBe('Yes');
  const labels = childrenNamed(child(response, 'render_choice'), 'response_label');
  expect(labels.map((label) => htmlPlain(textAt(label, 'material', 'mattext')))).toEqual(
    quiz.options.map((option) => inlinePlain(option.content)),
  );
  const ids = labels.map((label) => label.getAttribute('ident') ?? '');
  expect(new Set(ids).size).toBe(ids.length);

  // the key: which options the scoring condition requires, and which it forbids
  const condition = child(scoringCondition(item), 'conditionvar');
  const ticked = (parent: Element) => childrenNamed(parent, 'varequal').map((v) => v.textContent);
  if (quiz.multiple) {
    const all = child(condition, 'and');
    const forbidden = childrenNamed(all, 'not').flatMap(ticked);
    expect(ticked(all)).toEqual(ids.filter((_id, index) => quiz.options[index]!.correct));
    expect(forbidden).toEqual(ids.filter((_id, index) => !quiz.options[index]!.correct));
  } else {
    expect(ticked(condition)).toEqual(ids.filter((_id, index) => quiz.options[index]!.correct));
  }

  // each option, when ticked, shows the app's verdict on it
  const shownFor = ids.map((id) =>
    conditionsOf(item)
      .filter((c) => c.getAttribute('continue') === 'Yes')
      .filter((c) => ticked(child(c, 'conditionvar')).includes(id))
      .flatMap((c) => feedbackShownBy(item, c)),
  );
  expect(shownFor).toEqual(quiz.options.map((option) => [verdictWord(language, option.correct)]));
}

function expectedTolerance(quiz: NumericQuiz): number {
  return quiz.tolerance.type === 'absolute'
    ? quiz.tolerance.amount
    : quiz.tolerance.amount * Math.abs(quiz.value);
}

function expectNumericMatches(item: Element, quiz: NumericQuiz, language: Language): void {
  expect(metadata(item, 'question_type')).toBe('numerical_question');
  const response = child(child(item, 'presentation'), 'response_str');
  expect(child(response, 'render_fib').getAttribute('fibtype')).toBe('Decimal');
  const scoring = scoringCondition(item);
  const range = child(child(child(scoring, 'conditionvar'), 'or'), 'and');
  const tolerance = expectedTolerance(quiz);
  expect(Number(textAt(child(scoring, 'conditionvar'), 'or', 'varequal'))).toBe(quiz.value);
  expect(Number(textAt(range, 'vargte'))).toBeCloseTo(quiz.value - tolerance, 10);
  expect(Number(textAt(range, 'varlte'))).toBeCloseTo(quiz.value + tolerance, 10);
  expect(feedbackShownBy(item, scoring)).toEqual([verdictWord(language, true)]);
  // any other answer: the incorrect verdict, after the right answer stopped processing
  const conditions = conditionsOf(item);
  const last = conditions[conditions.length - 1]!;
  expect(childrenNamed(child(last, 'conditionvar'), 'other')).toHaveLength(1);
  expect(conditions.indexOf(scoring)).toBeLessThan(conditions.indexOf(last));
  expect(feedbackShownBy(item, last)).toEqual([verdictWord(language, false)]);
}

describe.each(LANGUAGES)('the QTI 1.2 package of the %s lesson', (language) => {
  it('has every quiz with its question, options, keys, feedback and explanation', () => {
    const lesson = realLesson(language);
    expect(quizzesOf(lesson).length).toBeGreaterThan(0);
    expectAssessmentMatches(lesson, language);
  });

  it('names the assessment after the lesson title and language', () => {
    const lesson = realLesson(language);
    const { manifest, assessment } = unpack(lesson, language);
    const title = `${lesson.title} (${language})`;
    expect(assessment.getElementsByTagName('assessment')[0]?.getAttribute('title')).toBe(title);
    expect(manifest.getElementsByTagName('imsmd:string')[0]?.textContent).toBe(title);
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

describe('a Canvas numerical question', () => {
  const lesson = fixtureLesson('Numbers', [
    numeric('absolute', 0.25, { type: 'absolute', amount: 0.005 }, null),
    numeric('relative', 250, { type: 'relative', amount: 0.01 }, 's'),
    numeric('negative', -4, { type: 'relative', amount: 0.05 }, '%'),
    numeric('exact', 3, { type: 'absolute', amount: 0 }, null),
  ]);

  it.each(LANGUAGES)('is right from value − tolerance to value + tolerance (%s)', (language) => {
    expectAssessmentMatches(lesson, language);
  });

  it('writes the range as decimals without rounding noise', () => {
    const ranges = itemsOf(lesson, 'en').map((item) => {
      const range = child(child(child(scoringCondition(item), 'conditionvar'), 'or'), 'and');
      return [textAt(range, 'vargte'), textAt(range, 'varlte')];
    });
    expect(ranges).toEqual([
      ['0.245', '0.255'],
      ['247.5', '252.5'],
      ['-4.2', '-3.8'],
      ['3', '3'],
    ]);
  });
});

describe('escaping in the QTI package', () => {
  const quiz: ChoiceQuiz = {
    kind: 'choice',
    id: 'tricky',
    question: [
      paragraph(
        text('if a < b && c ]]> d "quoted" <b>not bold</b>'),
        { type: 'inlineMath', tex: 'x < y' },
        { type: 'link', url: 'javascript:alert(1)', children: [text('bad link')] },
      ),
      { type: 'code', language: null, value: '<script>alert(1)</script>' },
    ],
    explanation: [],
    options: [
      { content: [text('yes ]]> <i>no</i>')], correct: true },
      { content: [text('& another')], correct: true },
      { content: [text('"none"')], correct: false },
    ],
    multiple: true,
  };
  const lesson = fixtureLesson('Escapes <&> "title"', [quiz]);

  it('parses back to the same texts', () => {
    expectAssessmentMatches(lesson, 'en');
  });

  it('writes no element from the lesson text', () => {
    const [item] = itemsOf(lesson, 'en');
    const html = htmlBody(textAt(child(item!, 'presentation'), 'material', 'mattext'));
    expect(html.querySelector('script, b, i, a')).toBeNull();
    expect(html.querySelector('pre > code')?.textContent).toBe('<script>alert(1)</script>');
  });
});
