import { Diagnostics, type Diagnostic } from './diagnostics.ts';
import type { ParsedLesson } from './parse-lesson.ts';
import { summarizeLesson, type LessonSummary } from './summary.ts';

/**
 * Checks that a translation has the reference's structure: the same section ids in the same
 * order, the same quiz ids, and per quiz the same number of options and correct positions.
 * Diagnostics point at lines of `other`.
 */
export function compareLessons(
  reference: ParsedLesson,
  referenceName: string,
  other: ParsedLesson,
): Diagnostic[] {
  const diagnostics = new Diagnostics();
  const sectionLines = other.locations.sections;
  const referenceSections = reference.locations.sections;
  const count = Math.max(referenceSections.length, sectionLines.length);
  for (let index = 0; index < count; index += 1) {
    const expected = referenceSections[index];
    const actual = sectionLines[index];
    if (expected && actual && expected.id !== actual.id) {
      diagnostics.error(
        actual.line,
        `section ${index + 1} is "${actual.id}" but in ${referenceName} it is "${expected.id}"`,
      );
    } else if (expected && !actual) {
      diagnostics.error(
        sectionLines[sectionLines.length - 1]?.line ?? 1,
        `section "${expected.id}" of ${referenceName} is missing`,
      );
    } else if (actual && !expected) {
      diagnostics.error(actual.line, `section "${actual.id}" is not in ${referenceName}`);
    }
  }
  compareQuizzes(summarizeLesson('', reference), referenceName, other, diagnostics);
  return diagnostics.sorted();
}

function compareQuizzes(
  reference: LessonSummary,
  referenceName: string,
  other: ParsedLesson,
  diagnostics: Diagnostics,
): void {
  const quizzes = new Map(summarizeLesson('', other).quizzes.map((quiz) => [quiz.id, quiz]));
  const lines = new Map(other.locations.quizzes.map((quiz) => [quiz.id, quiz.line]));
  const expectedIds = new Set(reference.quizzes.map((quiz) => quiz.id));
  for (const expected of reference.quizzes) {
    const actual = quizzes.get(expected.id);
    if (!actual) {
      const section = Number(expected.id.split('-')[1]);
      const line = other.locations.sections[section - 1]?.line ?? 1;
      diagnostics.error(line, `quiz ${expected.id} of ${referenceName} is missing in this section`);
      continue;
    }
    const line = lines.get(expected.id) ?? 1;
    if (actual.options !== expected.options) {
      diagnostics.error(
        line,
        `quiz ${expected.id} has ${actual.options} options but in ${referenceName} it has ${expected.options}`,
      );
    }
    if (actual.correct.join() !== expected.correct.join()) {
      diagnostics.error(
        line,
        `quiz ${expected.id}: correct options [${actual.correct.join(', ')}] but in ${referenceName} [${expected.correct.join(', ')}]`,
      );
    }
  }
  for (const quiz of other.locations.quizzes) {
    if (!expectedIds.has(quiz.id)) {
      diagnostics.error(quiz.line, `quiz ${quiz.id} is not in ${referenceName}`);
    }
  }
}
