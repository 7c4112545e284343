// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { compareLessons } from '../../src/content/lesson/loader/compare-lessons';
import { parseLesson } from '../../src/content/lesson/loader/parse-lesson';
import {
  blocksOfType,
  lineOf,
  md,
  messages,
  parseSection,
  SECTION_OFFSET,
} from './lesson-test-helpers';

/** A choice quiz with the id comment above it (or none when `id` is null). */
const quiz = (id: string | null, question = 'Q?') => [
  ...(id === null ? [] : [`<!-- quiz: ${id} -->`]),
  '<quiz>',
  question,
  '- [x] a',
  '- [ ] b',
  '',
  'E.',
  '</quiz>',
  '',
];

describe('quiz ids written in the lesson', () => {
  it('takes the id from the comment right above a quiz, in both syntaxes, anywhere', () => {
    const source = md(
      '# T',
      '',
      '## One {#one}',
      ...quiz('phase-order'),
      '<!-- quiz: old-syntax -->',
      '<?quiz?>',
      'question: Q?',
      'answer-correct: a',
      'content:',
      'E.',
      '<?/quiz?>',
      '',
      '!!! note',
      '    <!-- quiz: in-a-callout -->',
      '    <quiz>',
      '    Q?',
      '    - [x] a',
      '',
      '    E.',
      '    </quiz>',
    );
    const result = parseLesson(source);
    expect(result.diagnostics).toEqual([]);
    expect(result.locations.quizzes).toEqual([
      { id: 'phase-order', line: lineOf(source, '<quiz>') },
      { id: 'old-syntax', line: lineOf(source, '<?quiz?>') },
      { id: 'in-a-callout', line: lineOf(source, '    <quiz>') },
    ]);
  });

  it('keeps every other quiz id when a quiz is inserted before them', () => {
    const before = parseSection(...quiz('first'), ...quiz('second'));
    const after = parseSection(...quiz('inserted'), ...quiz('first'), ...quiz('second'));
    const ids = (result: typeof before) =>
      blocksOfType(result.lesson, 'quiz').map((b) => b.quiz.id);
    expect(ids(before)).toEqual(['first', 'second']);
    expect(ids(after)).toEqual(['inserted', 'first', 'second']);
  });

  it('reports a duplicate id at the second quiz, naming the first', () => {
    const result = parseSection(...quiz('same', 'one?'), ...quiz('same', 'two?'));
    const [error] = result.diagnostics;
    expect(result.diagnostics).toHaveLength(1);
    expect(error).toMatchObject({ severity: 'error', line: SECTION_OFFSET + 11 });
    expect(error?.message).toContain(`already the id of the quiz on line ${SECTION_OFFSET + 2}`);
  });

  it('reports an id comment that is not right above a quiz, and ignores it', () => {
    const result = parseSection('<!-- quiz: lost -->', '', ...quiz(null));
    expect(messages(result, 'error')).toEqual([
      expect.stringContaining('quiz id "lost" must be on the line right above a quiz'),
    ]);
    expect(blocksOfType(result.lesson, 'quiz')[0]?.quiz.id).toBe('q-1-1');
  });

  it.each([
    ['a positional form', 'q-3-1'],
    ['spaces', 'two words'],
    ['an empty id', ''],
    ['a prototype key', '__proto__'],
  ])('refuses %s as an id, naming the quiz by position', (_name, id) => {
    const result = parseSection(...quiz(id));
    expect(messages(result, 'error')).toEqual([expect.stringContaining('is not usable')]);
    expect(blocksOfType(result.lesson, 'quiz')[0]?.quiz.id).toBe('q-1-1');
  });
});

describe('translations have the same quiz ids in the same order', () => {
  const lesson = (...quizzes: string[][]) =>
    parseLesson(md('# T', '', '## One {#one}', '', ...quizzes.flat()));

  it('reports a quiz that comes in another order, at its line in the translation', () => {
    const reference = lesson(quiz('first'), quiz('second'), quiz('third'));
    const translation = lesson(quiz('first'), quiz('third'), quiz('second'));
    const diagnostics = compareLessons(reference, 'pt-BR', translation);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        line: translation.locations.quizzes[1]?.line,
        message: expect.stringContaining('quiz third is quiz 2 here but in pt-BR quiz 3'),
      }),
    ]);
  });

  it('reports a quiz whose kind differs between the files', () => {
    const numeric = ['<!-- quiz: first -->', '<quiz>', 'Q?', '- [=] 2', '', 'E.', '</quiz>'];
    const diagnostics = compareLessons(lesson(quiz('first')), 'pt-BR', lesson(numeric));
    expect(diagnostics.map((diagnostic) => diagnostic.message)).toEqual([
      'quiz first is a numeric quiz but in pt-BR a choice quiz',
    ]);
  });

  it('reports a numeric key that differs', () => {
    const numeric = (key: string) => [
      '<!-- quiz: n -->',
      '<quiz>',
      'Q?',
      `- [=] ${key}`,
      '',
      'E.',
      '</quiz>',
    ];
    const diagnostics = compareLessons(
      lesson(numeric('0,5 ± 0,1')),
      'pt-BR',
      lesson(numeric('0.5 ± 1%')),
    );
    expect(diagnostics.map((diagnostic) => diagnostic.message)).toEqual([
      expect.stringContaining('quiz n expects 0.5 (± 0.01 relative) but in pt-BR 0.5 (± 0.1)'),
    ]);
    expect(
      compareLessons(lesson(numeric('0,5 ± 0,1')), 'pt-BR', lesson(numeric('0.5 ± 0.1'))),
    ).toEqual([]);
  });
});
