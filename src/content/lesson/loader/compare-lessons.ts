import { Diagnostics, type Diagnostic } from './diagnostics.ts';
import type { ParsedLesson } from './parse-lesson.ts';
import { kindDefinition } from '../../../progress/kinds/registry.ts';
import { lessonQuizzes } from '../../../progress/lesson-quizzes.ts';

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
  compareQuizzes(reference, referenceName, other, diagnostics);
  return diagnostics.sorted();
}

/** The 0-based section a source line falls in (-1 for the preamble). */
function sectionAt(lesson: ParsedLesson, line: number): number {
  return lesson.locations.sections.filter((section) => section.line <= line).length - 1;
}

function compareQuizzes(
  reference: ParsedLesson,
  referenceName: string,
  other: ParsedLesson,
  diagnostics: Diagnostics,
): void {
  const quizzes = new Map(lessonQuizzes(other.lesson).map((quiz) => [quiz.id, quiz]));
  const lines = new Map(other.locations.quizzes.map((quiz) => [quiz.id, quiz.line]));
  const referenceLines = new Map(reference.locations.quizzes.map((quiz) => [quiz.id, quiz.line]));
  const expected = lessonQuizzes(reference.lesson);
  const expectedIds = new Set(expected.map((quiz) => quiz.id));
  for (const quiz of expected) {
    const actual = quizzes.get(quiz.id);
    if (!actual) {
      const section = sectionAt(reference, referenceLines.get(quiz.id) ?? 1);
      const line = other.locations.sections[section]?.line ?? 1;
      diagnostics.error(line, `quiz ${quiz.id} of ${referenceName} is missing in this section`);
      continue;
    }
    const line = lines.get(quiz.id) ?? 1;
    if (actual.kind !== quiz.kind) {
      diagnostics.error(
        line,
        `quiz ${quiz.id} is a ${actual.kind} quiz but in ${referenceName} a ${quiz.kind} quiz`,
      );
      continue;
    }
    const difference = kindDefinition(quiz.kind).difference(quiz, actual);
    if (difference) {
      diagnostics.error(
        line,
        `quiz ${quiz.id} ${difference.replace('{reference}', referenceName)}`,
      );
    }
  }
  for (const quiz of other.locations.quizzes) {
    if (!expectedIds.has(quiz.id)) {
      diagnostics.error(quiz.line, `quiz ${quiz.id} is not in ${referenceName}`);
    }
  }
  // the ids both files have must come in the same order: a quiz moved in one file only
  const shared = other.locations.quizzes.filter((quiz) => expectedIds.has(quiz.id));
  const referenceOrder = expected.map((quiz) => quiz.id).filter((id) => quizzes.has(id));
  const moved = shared.find((quiz, index) => quiz.id !== referenceOrder[index]);
  if (moved) {
    const index = shared.indexOf(moved);
    diagnostics.error(
      moved.line,
      `quiz ${moved.id} is quiz ${index + 1} here but in ${referenceName} quiz ${referenceOrder.indexOf(moved.id) + 1}: the quizzes must come in the same order`,
    );
  }
}
