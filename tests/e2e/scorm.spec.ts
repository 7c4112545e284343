import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, PAGE_LOAD_TIMEOUT, test } from './fixtures';

/** Where an LMS such as Moodle serves an unpacked package from: a deep path, not the root. */
const CONTENT = '/mod/scorm/pluginfile.php/42/content/';
const PLAYER = '/mod/scorm/player.html';
const RUNTIME = '/mod/scorm/scorm12.min.js';
const ROOT = resolve(import.meta.dirname, '../..');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

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
  packageDir = mkdtempSync(join(tmpdir(), 'backprop-scorm-e2e-'));
  execFileSync(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', 'scripts/build-scorm.ts', '--out', packageDir],
    { cwd: ROOT, stdio: 'pipe' },
  );
});

test.afterAll(() => {
  if (packageDir) rmSync(packageDir, { recursive: true, force: true });
});

/**
 * The LMS side, all on the test server's origin: a player page whose `window.API` is scorm-again's
 * SCORM 1.2 runtime (loaded with `saved` data, as an LMS does on a later launch) framing the
 * package's index.html, served from the deep content path.
 */
async function openPlayer(page: Page, saved: unknown) {
  await page.route(`**${RUNTIME}`, (route) =>
    route.fulfill({
      contentType: TYPES['.js'],
      body: readFileSync(join(ROOT, 'node_modules/scorm-again/dist/scorm12.min.js')),
    }),
  );
  const data = JSON.stringify(saved).replace(/</g, '\\u003c');
  await page.route(`**${PLAYER}`, (route) =>
    route.fulfill({
      contentType: TYPES['.html'],
      body: `<!doctype html><html lang="en"><head><title>LMS player</title>
<script src="${RUNTIME}"></script>
<script>
  window.API = new Scorm12API({ autocommit: false, logLevel: 5, mastery_override: true });
  window.API.loadFromJSON(${data});
  window.finishCalls = 0;
  const finish = window.API.LMSFinish.bind(window.API);
  window.API.LMSFinish = (parameter) => { window.finishCalls++; return finish(parameter); };
</script></head>
<body><iframe title="Backprop Lab" src="${CONTENT}index.html" style="width:1200px;height:760px"></iframe></body></html>`,
    }),
  );
  await page.route(`**${CONTENT}**`, (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname.slice(CONTENT.length));
    const file = normalize(join(packageDir, path));
    if (!file.startsWith(packageDir) || !existsSync(file)) return route.fulfill({ status: 404 });
    return route.fulfill({
      contentType: TYPES[extname(file)] ?? 'application/octet-stream',
      body: readFileSync(file),
    });
  });
  await page.goto(PLAYER);
  const frame = page.frameLocator('iframe[title="Backprop Lab"]');
  await expect(frame.locator('form.quiz').first()).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
  return frame;
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
  const quizzes = frame.locator('form.quiz');
  const quizCount = await quizzes.count();
  for (const index of [0, 1]) {
    const quiz = quizzes.nth(index);
    await quiz.locator('input').first().check();
    await quiz.getByRole('button', { name: 'Verificar' }).click();
    await expect(quiz.getByRole('button', { name: 'Tentar de novo' })).toBeVisible();
  }
  const data = await lmsData(page);
  const interactions = Object.values(data.interactions);
  expect(interactions).toHaveLength(2);
  for (const interaction of interactions) {
    expect(interaction.id).toMatch(/^q-\d+-\d+$/);
    expect(interaction.type).toBe('choice');
    expect(interaction.student_response).toBe('a');
    expect(['correct', 'wrong']).toContain(interaction.result);
  }
  // the attempt is open (2 of the lesson's quizzes answered): incomplete, and no score that
  // Moodle's mastery override could turn into "failed"
  expect(quizCount).toBeGreaterThan(2);
  expect(data.core.score.raw).toBe('');
  expect(data.core.lesson_status).toBe('incomplete');
  // the quiz intro says where the answers go, and offers no "Zerar progresso" inside the LMS
  await expect(frame.getByRole('note', { name: 'Sobre as perguntas' })).toContainText(
    'Suas respostas são enviadas a Moodle',
  );
  await expect(frame.getByRole('button', { name: 'Zerar progresso' })).toHaveCount(0);
  const suspended = JSON.parse(data.suspend_data) as { v: number; a: Record<string, string> };
  expect(suspended.v).toBe(1);
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
  const again = resumed.locator('form.quiz');
  for (const index of [0, 1]) {
    await expect(again.nth(index).getByRole('button', { name: 'Tentar de novo' })).toBeVisible();
    await expect(again.nth(index).locator('input').first()).toBeChecked();
  }
  await expect(again.nth(2).getByRole('button', { name: 'Verificar' })).toBeVisible();
  expect((await lmsData(page)).core).toMatchObject({ lesson_status: 'incomplete' });
  expect(outside).toEqual([]);
});
