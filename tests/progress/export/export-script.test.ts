// @vitest-environment node
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { exportNames, exportQuizzes, LESSON_FILES } from '../../../scripts/export-quizzes';

let directory = '';

function temporaryDirectory(): string {
  directory = mkdtempSync(join(tmpdir(), 'backprop-quizzes-'));
  return directory;
}

afterEach(() => {
  if (directory) rmSync(directory, { recursive: true, force: true });
  directory = '';
});

function capture() {
  const lines = { stdout: [] as string[], stderr: [] as string[] };
  return {
    lines,
    output: {
      stdout: (line: string) => lines.stdout.push(line),
      stderr: (line: string) => lines.stderr.push(line),
    },
  };
}

describe('npm run export:quizzes', () => {
  it('writes a Moodle XML file and a QTI zip per language, and says so', () => {
    const out = join(temporaryDirectory(), 'banks');
    const { lines, output } = capture();
    expect(exportQuizzes(out, output)).toBe(0);
    const expected = (['pt-BR', 'en'] as const).flatMap((language) =>
      Object.values(exportNames(language)),
    );
    expect(readdirSync(out).sort()).toEqual([...expected].sort());
    expect(lines.stdout).toHaveLength(4);
    expected.forEach((name, index) => expect(lines.stdout[index]).toContain(name));
    expect(lines.stderr).toEqual([]);
  });

  it('writes nothing and exits 1 with the lesson error when a lesson has one', () => {
    const root = temporaryDirectory();
    const broken = join(root, 'lesson.en.md');
    writeFileSync(
      broken,
      '# Title\n\n## Section\n\nA formula that does not parse: $\\frac{1}{$.\n',
    );
    const out = join(root, 'banks');
    const { lines, output } = capture();
    expect(exportQuizzes(out, output, { ...LESSON_FILES, en: broken })).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(lines.stderr[0]).toMatch(/lesson\.en\.md:5: error: /);
    expect(lines.stderr.at(-1)).toContain('nothing was written');
  });
});
