import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Lesson, Quiz } from '../../src/content/lesson/lesson-types';
import { inlineText } from '../../src/content/lesson/inline-text';
import { parseLesson } from '../../src/content/lesson/loader/parse-lesson';
import type { QuizAnswers } from '../../src/progress/answers';
import { decodeSuspendData, encodeSuspendData } from '../../src/progress/encoders/suspend-data';
import { lessonQuizzes } from '../../src/progress/lesson-quizzes';
import { answerFor } from '../../src/progress/lesson-progress';
import { RELEASE_1_QUIZ_IDS } from '../../src/progress/migrations';
import { PERSIST_NAME } from '../../src/store/persistence';
import { resetAppStore, useAppStore } from '../../src/store/store';

/**
 * Saved answers belong to questions, not to positions: progress saved by release 1 (positional
 * ids, tests/fixtures/progress/release-1-progress.json, written by that release's own code) finds
 * every answer after the migration, and inserting a quiz at the top leaves every answer in place.
 */
const release1 = JSON.parse(
  readFileSync('tests/fixtures/progress/release-1-progress.json', 'utf8'),
) as { localStorage: string; suspendData: string; questions: Record<string, string> };
const savedAnswers = (JSON.parse(release1.localStorage) as { state: { answers: QuizAnswers } })
  .state.answers;

const source = readFileSync('src/content/lesson/lesson.pt-BR.md', 'utf8');
const lessonOf = (text: string): Lesson => parseLesson(text).lesson;

/** The quiz's question as plain text, as the fixture recorded it (first paragraph, 80 characters). */
function questionStart(quiz: Quiz): string {
  const first = quiz.question.find((block) => block.type === 'paragraph');
  return first?.type === 'paragraph' ? inlineText(first.children).slice(0, 80) : '';
}

/** For each quiz that has an answer: its question and the options chosen. */
function answeredQuestions(lesson: Lesson, answers: QuizAnswers) {
  return lessonQuizzes(lesson).flatMap((quiz) => {
    const answer = answerFor(quiz, answers);
    return answer?.kind === 'choice' ? [[questionStart(quiz), answer.chosen] as const] : [];
  });
}

/** What release 1 saved, by the question each positional id pointed at. */
const expected = Object.entries(savedAnswers).map(
  ([id, answer]) => [release1.questions[id], (answer as { chosen: number[] }).chosen] as const,
);

/** A copy of the lesson with a new quiz at the top of its first section. */
function withQuizAtTop(text: string): string {
  const lines = text.split('\n');
  const heading = lines.findIndex((line) => line.startsWith('## '));
  lines.splice(
    heading + 1,
    0,
    '',
    '<!-- quiz: inserted-first -->',
    '<quiz>',
    'Uma pergunta nova no topo?',
    '- [x] Sim',
    '- [ ] Não',
    '',
    'Porque sim.',
    '</quiz>',
  );
  return lines.join('\n');
}

beforeEach(() => {
  resetAppStore();
  localStorage.clear();
});

describe('progress saved by release 1 (positional ids)', () => {
  it('the fixture covers every quiz release 1 had, and the table maps each one', () => {
    expect(Object.keys(release1.questions).sort()).toEqual(Object.keys(RELEASE_1_QUIZ_IDS).sort());
  });

  it('browser storage: every answer is found on its question after the migration', async () => {
    localStorage.setItem(PERSIST_NAME, release1.localStorage);
    await useAppStore.persist.rehydrate();
    const { answers, storageNotice } = useAppStore.getState();
    expect(storageNotice).toBeNull();
    expect(answeredQuestions(lessonOf(source), answers)).toEqual(expected);
    // written back in the current version: the migration runs once
    expect(JSON.parse(localStorage.getItem(PERSIST_NAME) ?? '{}').version).toBe(2);
  });

  it('suspend_data: every answer is found on its question after the migration', () => {
    const resumed = decodeSuspendData(release1.suspendData);
    expect(answeredQuestions(lessonOf(source), resumed.answers)).toEqual(expected);
    expect(resumed.language).toBe('en');
  });
});

describe('a quiz inserted at the top of the lesson', () => {
  const original = lessonOf(source);
  const changed = lessonOf(withQuizAtTop(source));

  it('is a new quiz, and every other quiz keeps its id', () => {
    const ids = lessonQuizzes(changed).map((quiz) => quiz.id);
    expect(ids).toEqual(['inserted-first', ...lessonQuizzes(original).map((quiz) => quiz.id)]);
  });

  it('leaves every saved answer on its question, in browser storage and in suspend_data', async () => {
    // answers saved against the original lesson, through the store as a learner would
    for (const [index, quiz] of lessonQuizzes(original).entries()) {
      if (quiz.kind !== 'choice') continue;
      const chosen = [index % quiz.options.length];
      useAppStore.getState().answer(quiz, { kind: 'choice', chosen });
    }
    const before = answeredQuestions(original, useAppStore.getState().answers);
    expect(before.length).toBeGreaterThan(15);
    const saved = localStorage.getItem(PERSIST_NAME) ?? '';
    const suspendData = encodeSuspendData({ ...useAppStore.getState(), language: 'pt-BR' });

    resetAppStore();
    localStorage.setItem(PERSIST_NAME, saved);
    await useAppStore.persist.rehydrate();
    expect(answeredQuestions(changed, useAppStore.getState().answers)).toEqual(before);
    expect(answeredQuestions(changed, decodeSuspendData(suspendData).answers)).toEqual(before);
  });
});
