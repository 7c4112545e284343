import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareLessons } from '../src/content/lesson/loader/compare-lessons';
import {
  formatDiagnostic,
  hasErrors,
  type Diagnostic,
} from '../src/content/lesson/loader/diagnostics';
import { nodeParseOptions } from '../src/content/lesson/loader/node-checks';
import { parseLesson, type ParsedLesson } from '../src/content/lesson/loader/parse-lesson';
import { summarizeLesson } from '../src/content/lesson/loader/summary';

interface Output {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const USAGE = 'usage: npm run lesson:check -- FILE.md [TRANSLATION.md ...]';

/**
 * Checks lesson files: prints a JSON array of summaries to stdout and each diagnostic as
 * `path:line: error|warning: message` to stderr. Later files must match the first one's
 * structure. Returns the exit code: 1 when anything is an error.
 */
export function lessonCheck(files: string[], output: Output): number {
  if (files.length === 0) {
    output.stderr(USAGE);
    return 2;
  }
  let failed = false;
  const report = (file: string, diagnostics: Diagnostic[]) => {
    for (const diagnostic of diagnostics) output.stderr(formatDiagnostic(file, diagnostic));
    failed ||= hasErrors(diagnostics);
  };
  const parsed: ParsedLesson[] = [];
  for (const file of files) {
    let source: string;
    try {
      source = readFileSync(file, 'utf8');
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      report(file, [{ line: 1, severity: 'error', message: `cannot read the file: ${reason}` }]);
      return 1;
    }
    const result = parseLesson(source, nodeParseOptions(file));
    report(file, result.diagnostics);
    parsed.push(result);
  }
  const [reference, ...others] = parsed;
  others.forEach((other, index) => {
    if (reference) report(files[index + 1] ?? '', compareLessons(reference, files[0] ?? '', other));
  });
  const summaries = parsed.map((result, index) => summarizeLesson(files[index] ?? '', result));
  output.stdout(JSON.stringify(summaries, null, 2));
  return failed ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = lessonCheck(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
  });
}
