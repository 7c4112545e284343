// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { katexProblems } from '../../src/content/lesson/loader/node-checks';
import { parseLesson } from '../../src/content/lesson/loader/parse-lesson';

/** Pieces of the course's syntax, so random documents often half-form real constructs. */
const PIECES = [
  '\n',
  '\n\n',
  '    ',
  '\t',
  '# ',
  '## ',
  '### ',
  '{#id}',
  '{ .c }',
  'text',
  ' ',
  '$',
  '$$',
  '\\frac{',
  '}',
  '\\begin{align}',
  '\\end{align}',
  '!!! note',
  '??? tip "T"',
  '???+ ',
  '=== "Tab"',
  '<quiz>',
  '</quiz>',
  '<?quiz?>',
  '<?/quiz?>',
  'question:',
  'answer:',
  'answer-correct:',
  'content:',
  'hint:',
  '- [ ] ',
  '- [x] ',
  '* [X] ',
  '```',
  '~~~',
  '<!--',
  '-->',
  '<!-- mkdocs-quiz intro -->',
  '<div id="video" data-video-id="x">',
  '<div id="nope">',
  '</div>',
  '<span>',
  '![a](b.png)',
  '![a](https://x/y.png)',
  '[^1]',
  '[^1]: n',
  '*[A]: b',
  '[l](javascript:x)',
  '[r]',
  '[r]: http://x',
  '---',
  '> ',
  '1. ',
  '| a | b |\n|---|---|',
  '&amp;',
  '\r\n',
  '\uFEFF',
  '\u2028',
  '__proto__',
  'constructor',
];

const documents = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((pieces) => pieces.join('')),
);

describe('parseLesson on arbitrary input', () => {
  it('never throws, and every diagnostic points at a line of the source', () => {
    fc.assert(
      fc.property(documents, (source) => {
        const result = parseLesson(source, {
          checkMath: katexProblems,
          imageExists: (src) => src.length % 2 === 0,
        });
        const lineCount = source.split(/\r\n?|\n/).length;
        for (const diagnostic of result.diagnostics) {
          expect(diagnostic.line).toBeGreaterThanOrEqual(1);
          expect(diagnostic.line).toBeLessThanOrEqual(lineCount);
        }
        expect(JSON.parse(JSON.stringify(result.lesson))).toEqual(result.lesson);
      }),
      { numRuns: 400 },
    );
  });
});
