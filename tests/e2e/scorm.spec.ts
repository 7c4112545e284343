import { LIVE_ITEM_IDS } from '../../src/progress/live-items/live-items';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { buildScormPackage, openPlayer as openLmsPlayer, removeScormPackage } from './lms-player';

/** The LMS data scorm-again holds, as JSON (SCORM 1.2 interactions cannot be read through the API). */
interface LmsData {
  suspend_data: string;
  core: {
    lesson_status: string;
    exit: string;
    session_time: string;
    score: { raw: string; min: string; max: string };
  };
  interactions: Record<
    string,
    { id: string; type: string; student_response: string; result: string }
  >;
}

let packageDir = '';

test.beforeAll(() => {
  packageDir = buildScormPackage();
});

test.afterAll(() => {
  removeScormPackage(packageDir);
});

/** The player (lms-player.ts) framing this spec's package, with what the LMS stored. */
function openPlayer(page: Page, saved: unknown) {
  return openLmsPlayer(page, { packageDir, saved });
}

/** What the host reads back from scorm-again: `API.cmi` as JSON. */
async function lmsData(page: Page): Promise<LmsData> {
  const json = await page.evaluate(() =>
    JSON.stringify((window as unknown as { API: { cmi: unknown } }).API.cmi),
  );
  return JSON.parse(json) as LmsData;
}

// a Brazilian learner's browser: inside an LMS without a language preference, the app follows it
test.use({ locale: 'pt-BR' });

test('runs as a SCORM 1.2 package from a deep path: reports answers, then resumes them', async ({
  page,
}) => {
  // everything comes from the LMS's paths: nothing falls back to the test server's root
  const outside: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (!path.startsWith('/mod/scorm/') && path !== '/favicon.ico') outside.push(path);
  });
  // first launch: Moodle passes the manifest's mastery score
  const frame = await openPlayer(page, { student_data: { mastery_score: '70' } });
  const quizCount = await frame.locator('form.quiz').count();
  // the first two choice quizzes (a numeric quiz has a text field instead)
  const choiceQuizzes = (player: typeof frame) =>
    player
      .locator('form.quiz')
      .filter({ has: player.locator('input[type="radio"], input[type="checkbox"]') });
  const quizzes = choiceQuizzes(frame);
  // the options are shuffled per learner: the first one on screen is named by its place in the
  // lesson file (its value), and SCORM's response letter follows that place, not the screen's
  const responses: string[] = [];
  for (const index of [0, 1]) {
    const quiz = quizzes.nth(index);
    const option = Number(await quiz.locator('input').first().getAttribute('value'));
    responses.push('abcdefghijklmnopqrstuvwxyz'.charAt(option));
    await quiz.locator('input').first().check();
    await quiz.getByRole('button', { name: 'Verificar' }).click();
    await expect(quiz.getByRole('button', { name: 'Tentar de novo' })).toBeVisible();
  }
  const data = await lmsData(page);
  const interactions = Object.values(data.interactions);
  expect(interactions).toHaveLength(2);
  expect(interactions.map((interaction) => interaction.student_response)).toEqual(responses);
  for (const interaction of interactions) {
    // the id written beside the quiz in the lesson, never its position
    expect(interaction.id).toMatch(/^[a-z][a-z0-9-]*$/);
    expect(interaction.id).not.toMatch(/^q-\d+-\d+$/);
    expect(interaction.type).toBe('choice');
    expect(['correct', 'wrong']).toContain(interaction.result);
  }
  // the attempt is open (2 of the lesson's quizzes answered): incomplete, and no score that
  // Moodle's mastery override could turn into "failed"
  expect(quizCount).toBeGreaterThan(2);
  expect(data.core.score.raw).toBe('');
  expect(data.core.lesson_status).toBe('incomplete');
  // the quiz intro says in one line where the answers go, its details on demand, and offers no
  // "Zerar progresso" inside the LMS
  const notice = frame.locator('details.saved-answers > summary');
  await expect(notice).toHaveText(/Respostas enviadas a Moodle\.\s*Detalhes/);
  await notice.click();
  await expect(frame.getByRole('note', { name: 'Sobre as perguntas' })).toContainText(
    'Suas respostas são enviadas a Moodle',
  );
  await expect(frame.getByRole('button', { name: 'Zerar progresso' })).toHaveCount(0);
  const suspended = JSON.parse(data.suspend_data) as { v: number; a: Record<string, string> };
  expect(suspended.v).toBe(2);
  expect(Object.keys(suspended.a).sort()).toEqual(interactions.map((entry) => entry.id).sort());
  // a shared classroom computer keeps nothing of the learner's
  expect(await frame.locator(':root').evaluate(() => localStorage.length)).toBe(0);

  // closing the course (its frame goes away) finishes the session once
  await page.evaluate(() => document.querySelector('iframe')?.remove());
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { finishCalls: number }).finishCalls))
    .toBe(1);
  const closed = await lmsData(page);
  expect(closed.core.exit).toBe('suspend');
  expect(closed.core.lesson_status).toBe('incomplete');
  expect(closed.core.score.raw).toBe('');
  expect(closed.core.session_time).toMatch(/^\d{2,4}:\d\d:\d\d(\.\d{1,2})?$/);

  // second launch: a new player with what the LMS stored
  await page.unrouteAll({ behavior: 'wait' });
  const resumed = await openPlayer(page, closed);
  const again = choiceQuizzes(resumed);
  for (const index of [0, 1]) {
    await expect(again.nth(index).getByRole('button', { name: 'Tentar de novo' })).toBeVisible();
    await expect(again.nth(index).locator('input').first()).toBeChecked();
  }
  await expect(again.nth(2).getByRole('button', { name: 'Verificar' })).toBeVisible();
  expect((await lmsData(page)).core).toMatchObject({ lesson_status: 'incomplete' });

  // "Concluir e enviar nota": a confirmation, then the grade (2 answers of many: failed at 70)
  await resumed.getByRole('button', { name: 'Concluir e enviar nota' }).click();
  const confirm = resumed.getByRole('group', { name: /Enviar a nota a Moodle agora/ });
  // the lesson's other quizzes and the exercise's items (hand calculation, predictions)
  await expect(confirm).toContainText(`Sem resposta (${quizCount - 2 + LIVE_ITEM_IDS.length})`);
  await confirm.getByRole('button', { name: 'Sim, enviar a nota' }).click();
  await expect(resumed.getByText('Nota enviada a Moodle.')).toBeVisible();
  const submitted = await lmsData(page);
  expect(submitted.core.lesson_status).toBe('failed');
  // a score is reported now (the two first options may both be wrong: 0 is a score too)
  expect(submitted.core.score.raw).toMatch(/^\d+(\.\d+)?$/);
  expect(Number(submitted.core.score.raw)).toBeLessThan(70);
  expect(JSON.parse(submitted.suspend_data)).toMatchObject({ s: 1 });
  expect(outside).toEqual([]);
});
