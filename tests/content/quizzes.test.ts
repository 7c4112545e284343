// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ChoiceQuiz, Quiz } from '../../src/content/lesson/lesson-types';
import { parseLesson } from '../../src/content/lesson/loader/parse-lesson';
import {
  blocksOfType,
  lineOf,
  md,
  messages,
  parseSection,
  SECTION_OFFSET,
} from './lesson-test-helpers';

function onlyQuiz(...lines: string[]): Quiz {
  const quizzes = blocksOfType(parseSection(...lines).lesson, 'quiz');
  expect(quizzes).toHaveLength(1);
  return quizzes[0]!.quiz;
}

function onlyChoice(...lines: string[]): ChoiceQuiz {
  const quiz = onlyQuiz(...lines);
  if (quiz.kind !== 'choice') throw new Error(`a ${quiz.kind} quiz, not a choice quiz`);
  return quiz;
}

const errors = (result: ReturnType<typeof parseSection>) =>
  result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');

const text = (value: string) => [{ type: 'text', value }];

describe('quizzes in the new syntax', () => {
  it('reads question, options, correct answer and explanation', () => {
    const result = parseSection(
      '<!-- quiz: why-backwards -->',
      '<quiz>',
      'Why go **backwards**?',
      '- [ ] We know the error at the output',
      '- [x] One backward pass gives every derivative',
      '- [ ] It is random',
      '',
      'Because of $O(n)$ cost.',
      '</quiz>',
    );
    expect(result.diagnostics).toEqual([]);
    const [block] = blocksOfType(result.lesson, 'quiz');
    expect(block?.quiz).toEqual({
      kind: 'choice',
      id: 'why-backwards',
      question: [
        {
          type: 'paragraph',
          children: [
            { type: 'text', value: 'Why go ' },
            { type: 'strong', children: text('backwards') },
            { type: 'text', value: '?' },
          ],
        },
      ],
      options: [
        { content: text('We know the error at the output'), correct: false },
        { content: text('One backward pass gives every derivative'), correct: true },
        { content: text('It is random'), correct: false },
      ],
      multiple: false,
      explanation: [
        {
          type: 'paragraph',
          children: [
            { type: 'text', value: 'Because of ' },
            { type: 'inlineMath', tex: 'O(n)' },
            { type: 'text', value: ' cost.' },
          ],
        },
      ],
    });
  });

  it('accepts * bullets, a multi-line question and several [x] (multiple answers)', () => {
    const quiz = onlyChoice(
      '<quiz>',
      'Which activations',
      'saturate?',
      '* [x] Sigmoid',
      '* [X] Tanh',
      '* [ ] ReLU',
      '',
      'Both squash their input.',
      '</quiz>',
    );
    expect(quiz.multiple).toBe(true);
    expect(quiz.options.map((option) => option.correct)).toEqual([true, true, false]);
    expect(quiz.question).toEqual([
      { type: 'paragraph', children: text('Which activations\nsaturate?') },
    ]);
  });

  it('keeps math in options', () => {
    const quiz = onlyChoice(
      '<quiz>',
      'Pick one.',
      '- [x] $\\sigma(z)$',
      '- [ ] $z$',
      '',
      'Why.',
      '</quiz>',
    );
    expect(quiz.options[0]?.content).toEqual([{ type: 'inlineMath', tex: '\\sigma(z)' }]);
  });
});

describe('quizzes in the old syntax', () => {
  it('reads question:, answer:, answer-correct: and content:', () => {
    const quiz = onlyChoice(
      '<?quiz?>',
      'question: What does backprop compute?',
      'answer: The update',
      'answer-correct: The gradient',
      'answer: The loss',
      'content:',
      '',
      'Only **gradients**; the optimizer updates.',
      '<?/quiz?>',
    );
    expect(quiz.question).toEqual([
      { type: 'paragraph', children: text('What does backprop compute?') },
    ]);
    expect(quiz.options.map((option) => option.content)).toEqual([
      text('The update'),
      text('The gradient'),
      text('The loss'),
    ]);
    expect(quiz.options.map((option) => option.correct)).toEqual([false, true, false]);
    expect(quiz.multiple).toBe(false);
    expect(quiz.explanation[0]?.type).toBe('paragraph');
  });

  it('makes several answer-correct: lines a multiple-answer question', () => {
    const quiz = onlyChoice(
      '<?quiz?>',
      'question: Which help with vanishing gradients?',
      'answer-correct: ReLU',
      'answer: Larger sigmoid networks',
      'answer-correct: Skip connections',
      'content:',
      'Both keep the gradient flowing.',
      '<?/quiz?>',
    );
    expect(quiz.multiple).toBe(true);
    expect(quiz.options.map((option) => option.correct)).toEqual([true, false, true]);
  });

  it('reports an unknown key at its line', () => {
    const result = parseSection(
      '<!-- quiz: unknown-key -->',
      '<?quiz?>',
      'question: Q?',
      'answer-correct: A',
      'hint: no such key',
      'content:',
      'E.',
      '<?/quiz?>',
    );
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ line: SECTION_OFFSET + 5, severity: 'error' }),
    ]);
    expect(result.diagnostics[0]?.message).toContain('hint');
  });
});

describe('quiz errors and ids', () => {
  it.each([
    ['no question', ['<quiz>', '- [x] a', '', 'E.', '</quiz>'], 'no question'],
    ['old: no option', ['<?quiz?>', 'question: Q?', 'content:', 'E.', '<?/quiz?>'], 'no options'],
    [
      'no correct option',
      ['<quiz>', 'Q?', '- [ ] a', '- [ ] b', '', 'E.', '</quiz>'],
      'no correct',
    ],
    ['no explanation', ['<quiz>', 'Q?', '- [x] a', '</quiz>'], 'no explanation'],
    [
      'old: no question',
      ['<?quiz?>', 'answer-correct: a', 'content:', 'E.', '<?/quiz?>'],
      'no question',
    ],
    [
      'old: no explanation',
      ['<?quiz?>', 'question: Q?', 'answer-correct: a', '<?/quiz?>'],
      'no explanation',
    ],
  ])('%s is an error at the quiz line', (_name, lines, message) => {
    const result = parseSection(...lines);
    expect(errors(result)).toEqual([
      expect.objectContaining({ line: SECTION_OFFSET + 1, severity: 'error' }),
    ]);
    expect(errors(result)[0]?.message).toContain(message);
  });

  it('names quizzes without a written id by section and position, q-<section>-<n>, with a warning each', () => {
    const quiz = (question: string) => ['<quiz>', question, '- [x] a', '', 'E.', '</quiz>', ''];
    const source = md(
      '# T',
      '',
      '## One {#one}',
      ...quiz('first'),
      '!!! note',
      '    <quiz>',
      '    in a callout',
      '    - [x] a',
      '',
      '    E.',
      '    </quiz>',
      '',
      '## Two {#two}',
      ...quiz('third'),
    );
    const result = parseLesson(source);
    expect(messages(result, 'error')).toEqual([]);
    expect(result.locations.quizzes).toEqual([
      { id: 'q-1-1', line: lineOf(source, '<quiz>') },
      { id: 'q-1-2', line: lineOf(source, '    <quiz>') },
      { id: 'q-2-1', line: lineOf(source, 'third') - 1 },
    ]);
    const warnings = result.diagnostics.filter((d) => d.severity === 'warning');
    expect(warnings.map((warning) => warning.line)).toEqual(
      result.locations.quizzes.map((quiz) => quiz.line),
    );
    expect(warnings[0]?.message).toContain('"q-1-1" is its position');
  });

  it('leaves a quiz inside a fenced code block as code', () => {
    const example = ['<quiz>', 'Example?', '- [x] yes', '', 'E.', '</quiz>'];
    const { lesson, diagnostics } = parseSection('````md', ...example, '````');
    expect(blocksOfType(lesson, 'quiz')).toEqual([]);
    expect(blocksOfType(lesson, 'code')).toEqual([
      { type: 'code', language: 'md', value: example.join('\n') },
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('leaves an example quiz inside a fenced code block as code, id comment included', () => {
    const example = [
      '<!-- quiz: example -->',
      '<quiz>',
      'Example?',
      '- [x] yes',
      '',
      'E.',
      '</quiz>',
    ];
    const { lesson, diagnostics } = parseSection('```md', ...example, '```');
    expect(blocksOfType(lesson, 'quiz')).toEqual([]);
    expect(diagnostics).toEqual([]);
  });

  it('reports a quiz that is never closed', () => {
    const result = parseSection('<quiz>', 'Q?', '- [x] a');
    expect(messages(result, 'error')).toEqual([expect.stringContaining('never closed')]);
  });
});
