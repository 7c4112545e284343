/**
 * `npm run export:quizzes [-- --out dir]`: every quiz of both lesson files as a question bank per
 * language, in <out> (default exports/): backprop-lab-quizzes.<lang>.moodle.xml (Moodle: Question
 * bank → Import → Moodle XML format) and backprop-lab-quizzes.<lang>.qti.zip (Canvas: Settings →
 * Import Course Content → QTI .zip file).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatDiagnostic, hasErrors } from '../src/content/lesson/loader/diagnostics.ts';
import { nodeParseOptions } from '../src/content/lesson/loader/node-checks.ts';
import { parseLesson } from '../src/content/lesson/loader/parse-lesson.ts';
import type { Lesson } from '../src/content/lesson/lesson-types.ts';
import { LANGUAGES, type Language } from '../src/content/ui/messages.ts';
import { lessonQuizzes } from '../src/progress/lesson-quizzes.ts';
import { moodleXml } from '../src/progress/export/moodle-xml.ts';
import { qtiZip } from '../src/progress/export/qti12.ts';

interface Output {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const LESSON_DIR = join(dirname(fileURLToPath(import.meta.url)), '../src/content/lesson');

/** The lesson file of each language. */
export const LESSON_FILES: Record<Language, string> = Object.fromEntries(
  LANGUAGES.map((language) => [language, join(LESSON_DIR, `lesson.${language}.md`)]),
) as Record<Language, string>;

/** The files written for `language`, relative to the output directory. */
export function exportNames(language: Language): { moodle: string; qti: string } {
  return {
    moodle: `backprop-lab-quizzes.${language}.moodle.xml`,
    qti: `backprop-lab-quizzes.${language}.qti.zip`,
  };
}

/**
 * Reads every lesson file, and only when none has an error writes both banks of each language to
 * `outDir`, printing each file written. Returns the exit code: 1 after printing a lesson's errors
 * (`path:line: error: message`) or a failure to export, with nothing written.
 */
export function exportQuizzes(
  outDir: string,
  output: Output,
  files: Record<Language, string> = LESSON_FILES,
): number {
  const lessons: [Language, Lesson][] = [];
  let failed = false;
  for (const language of LANGUAGES) {
    const file = files[language];
    let source: string;
    try {
      source = readFileSync(file, 'utf8');
    } catch (error) {
      output.stderr(`${file}: cannot read the lesson: ${(error as Error).message}`);
      failed = true;
      continue;
    }
    const { lesson, diagnostics } = parseLesson(source, nodeParseOptions(file));
    for (const diagnostic of diagnostics) {
      if (diagnostic.severity === 'error') output.stderr(formatDiagnostic(file, diagnostic));
    }
    if (hasErrors(diagnostics)) failed = true;
    else lessons.push([language, lesson]);
  }
  if (failed) {
    output.stderr('export:quizzes: the lesson has errors; nothing was written.');
    return 1;
  }
  let banks: { path: string; content: string | Uint8Array; count: number }[];
  try {
    banks = lessons.flatMap(([language, lesson]) => {
      const names = exportNames(language);
      const count = lessonQuizzes(lesson).length;
      return [
        { path: join(outDir, names.moodle), content: moodleXml(lesson, language), count },
        { path: join(outDir, names.qti), content: qtiZip(lesson, language), count },
      ];
    });
  } catch (error) {
    output.stderr(`export:quizzes: ${(error as Error).message}; nothing was written.`);
    return 1;
  }
  mkdirSync(outDir, { recursive: true });
  for (const bank of banks) {
    writeFileSync(bank.path, bank.content);
    output.stdout(`${relative(process.cwd(), bank.path)}: ${bank.count} questions`);
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { out: { type: 'string', default: 'exports' } } });
  process.exitCode = exportQuizzes(resolve(values.out), {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
  });
}
