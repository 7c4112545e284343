// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { lessonCheck } from '../../scripts/lesson-check';
import { parseLesson } from '../../src/content/lesson/loader/parse-lesson';
import { summarizeLesson, type LessonSummary } from '../../src/content/lesson/loader/summary';
import { fixturePath, readFixture } from './fixtures';
import { lineOf } from './lesson-test-helpers';

/** A pattern matching `text` literally. */
function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function check(...names: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const files = names.map(fixturePath);
  const patterns = files.map(literal);
  const code = lessonCheck(files, {
    stdout: (text) => stdout.push(text),
    stderr: (text) => stderr.push(text),
  });
  const errors = stderr.filter((line) => line.includes(': error: '));
  const summaries = JSON.parse(stdout.join('\n')) as LessonSummary[];
  return { code, stderr, errors, summaries, files, patterns };
}

describe('lesson:check', () => {
  it('passes on a good lesson and its matching translation', () => {
    const { code, errors, summaries } = check('good.md', 'good.en.md');
    expect(errors).toEqual([]);
    expect(code).toBe(0);
    const [reference, translation] = summaries;
    expect(reference?.sections.map((section) => section.id)).toEqual(['first', 'second']);
    expect(reference?.quizzes).toEqual([
      { id: 'one-plus-one', kind: 'choice', options: 3, correct: [2], multiple: false },
      { id: 'even-numbers', kind: 'choice', options: 3, correct: [1, 3], multiple: true },
      {
        id: 'half',
        kind: 'numeric',
        value: 0.5,
        tolerance: { type: 'absolute', amount: 0.01 },
        unit: null,
      },
    ]);
    expect(reference?.widgets).toEqual(['backprop-widget', 'video']);
    expect(reference?.videos).toEqual([
      /data-video-id="([^"]+)"/.exec(readFixture('good.md'))?.[1],
    ]);
    expect(reference?.images).toEqual(['pixel.svg']);
    expect(reference?.callouts).toEqual({ tip: 1, note: 1 });
    expect(translation?.quizzes).toEqual(reference?.quizzes);
    expect(translation?.formulas).toEqual(reference?.formulas);
  });

  it.each([
    ['no-question.md', '<quiz>', 'no question'],
    ['no-correct.md', '<?quiz?>', 'no correct answer'],
    ['no-explanation.md', '<quiz>', 'no explanation'],
    ['unknown-key.md', 'hint:', 'unknown quiz key'],
    ['katex-error.md', '$$', 'KaTeX'],
    ['unknown-widget.md', 'gradient-toy', 'unknown widget'],
    ['missing-image.md', 'no-such-picture', 'not found'],
    ['remote-image.md', 'https://', 'remote image'],
    ['callout-not-indented.md', '!!! note', 'indented'],
  ])('fails on %s with the exact file:line', (name, needle, message) => {
    const { code, errors, patterns } = check(name);
    const line = lineOf(readFixture(name), needle);
    expect(code).toBe(1);
    expect(errors).toEqual([expect.stringMatching(`^${patterns[0]}:${line}: error: .*${message}`)]);
  });

  it('fails when a translation does not match, at the offending lines of the later file', () => {
    const { code, errors, files, patterns } = check('good.md', 'mismatch.en.md');
    const source = readFixture('mismatch.en.md');
    const at = (needle: string) => `${patterns[1]}:${lineOf(source, needle)}: error: `;
    expect(code).toBe(1);
    expect(errors.every((line) => line.startsWith(`${files[1]}:`))).toBe(true);
    // one-plus-one: the correct option moved; section 2: another id; even-numbers: one option
    // fewer; the numeric quiz half is missing
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(`^${at('<quiz>')}.*one-plus-one has correct options`),
        expect.stringMatching(`^${at('## Second part')}.*second-part`),
        expect.stringMatching(`^${at('<?quiz?>')}.*even-numbers has 2 options`),
        expect.stringMatching(`^${at('## Second part')}.*quiz half of .* is missing`),
      ]),
    );
  });

  it('warns about content tabs and footnotes without failing', () => {
    const { code, stderr, patterns } = check('warnings.md');
    const source = readFixture('warnings.md');
    expect(code).toBe(0);
    expect(stderr).toEqual(
      expect.arrayContaining([
        expect.stringMatching(`^${patterns[0]}:${lineOf(source, '=== ')}: warning: content tabs`),
        expect.stringMatching(`^${patterns[0]}:${lineOf(source, '[^1].')}: warning: footnote`),
      ]),
    );
  });

  it('counts each formula once, wherever it is', () => {
    // inline: a, b (paragraph), d (callout title), e (callout body), f (option), g (explanation)
    const source = [
      '# T',
      '$a$ and $b$',
      '',
      '$$',
      'c',
      '$$',
      '',
      '!!! note "$d$"',
      '    $e$',
      '',
      '<quiz>',
      'Q?',
      '- [x] $f$',
      '',
      '$g$',
      '</quiz>',
    ].join('\n');
    const summary = summarize(source);
    expect(summary.formulas).toEqual({ inline: 6, display: 1 });
  });

  it('runs as a script: npm run lesson:check exits 1 and prints file:line on error', () => {
    const bad = fixturePath('unknown-key.md');
    const good = fixturePath('good.md');
    const failing = spawnSync('npm', ['run', '--silent', 'lesson:check', '--', bad], {
      encoding: 'utf8',
    });
    expect(failing.status).toBe(1);
    expect(failing.stderr).toContain(
      `${bad}:${lineOf(readFixture('unknown-key.md'), 'hint:')}: error:`,
    );
    const passing = spawnSync('npx', ['tsx', 'scripts/lesson-check.ts', good], {
      encoding: 'utf8',
    });
    expect(passing.status).toBe(0);
    expect((JSON.parse(passing.stdout) as LessonSummary[])[0]?.file).toBe(good);
  }, 60_000);

  it('passes a page with the course’s video idiom and reports its video card', () => {
    const file = fixturePath('video-idiom.md');
    const source = readFixture('video-idiom.md');
    // the id in the page's YouTube link, [![…](thumbnail)](https://www.youtube.com/watch?v=ID)
    const videoId = /\]\(https:\/\/www\.youtube\.com\/watch\?v=([\w-]{11})\)/.exec(source)?.[1];
    expect(videoId).toBeDefined();
    const result = spawnSync('npm', ['run', '--silent', 'lesson:check', '--', file], {
      encoding: 'utf8',
    });
    expect(result.stderr).not.toContain(': error: ');
    expect(result.status).toBe(0);
    const [summary] = JSON.parse(result.stdout) as LessonSummary[];
    expect(summary?.widgets).toEqual(['video']);
    expect(summary?.videos).toEqual([videoId]);
    // the thumbnail is not an image of the page: the app never loads it
    expect(summary?.images).toEqual([]);
  }, 60_000);
});

function summarize(source: string): LessonSummary {
  return summarizeLesson('inline.md', parseLesson(source));
}
