import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { ARTIFACTS, expect, PAGE_LOAD_TIMEOUT, test } from './fixtures';

interface LessonSummary {
  sections: { id: string; title: string }[];
  quizzes: unknown[];
  formulas: { display: number; inline: number };
}

/** What `npm run lesson:check` reports for both lesson files. */
function lessonCheck(): Record<'pt-BR' | 'en', LessonSummary> {
  const files = ['src/content/lesson/lesson.pt-BR.md', 'src/content/lesson/lesson.en.md'];
  const output = execFileSync(
    'node',
    ['node_modules/tsx/dist/cli.mjs', 'scripts/lesson-check.ts', ...files],
    {
      encoding: 'utf8',
    },
  );
  const [portuguese, english] = JSON.parse(output) as LessonSummary[];
  return { 'pt-BR': portuguese!, en: english! };
}

/**
 * Answers every quiz (its first option, or the number 1), so that every explanation and its
 * formulas are on the page.
 */
async function answerEveryQuiz(page: Page, check: string) {
  const quizzes = page.locator('form.quiz');
  const count = await quizzes.count();
  for (let index = 0; index < count; index++) {
    const quiz = quizzes.nth(index);
    const number = quiz.getByRole('textbox');
    if ((await number.count()) > 0) await number.fill('1');
    else await quiz.locator('input').first().check();
    await quiz.getByRole('button', { name: check }).click();
  }
  return count;
}

/** KaTeX formulas drawn by the lesson itself (not by the widgets mounted in it). */
async function lessonFormulas(page: Page) {
  return page.evaluate(() => {
    const all = Array.from(document.querySelectorAll('.lesson .katex'));
    return {
      drawn: all.filter((element) => !element.closest('.lesson-widget')).length,
      errors: document.querySelectorAll('.katex-error, .math-error').length,
    };
  });
}

const summaries = lessonCheck();

for (const [language, check, switchLanguage] of [
  ['pt-BR', 'Verificar', null],
  ['en', 'Check', 'Switch to English'],
] as const) {
  test(`renders every formula lesson:check counts, and every section in the contents (${language})`, async ({
    page,
    problems,
  }) => {
    const summary = summaries[language];
    await page.goto('/');
    if (switchLanguage) await page.getByRole('button', { name: switchLanguage }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible({
      timeout: PAGE_LOAD_TIMEOUT,
    });
    const contents = page
      .getByRole('navigation')
      .filter({ has: page.locator('a[href^="#"]') })
      .first();
    for (const section of summary.sections) {
      await expect(contents.locator(`a[href="#${section.id}"]`)).toHaveText(section.title);
    }
    await page.screenshot({ path: `${ARTIFACTS}/lesson-${language}.png` });
    expect(await answerEveryQuiz(page, check)).toBe(summary.quizzes.length);
    const { drawn, errors } = await lessonFormulas(page);
    expect(errors).toBe(0);
    expect(drawn).toBe(summary.formulas.display + summary.formulas.inline);
    await page.screenshot({ path: `${ARTIFACTS}/lesson-${language}-full.png`, fullPage: true });
    expect(problems).toEqual([]);
  });
}

test('a quiz can be completed with the keyboard alone', async ({ page, problems }) => {
  await page.goto('/');
  const quiz = page.locator('form.quiz').first();
  await expect(quiz).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
  // reach the quiz's first option by Tab from the element just before it
  await quiz.locator('input').first().focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(quiz.locator('input').first()).toBeFocused();
  const multiple = (await quiz.locator('input').first().getAttribute('type')) === 'checkbox';
  if (multiple) await page.keyboard.press('Space');
  else await page.keyboard.press('ArrowDown');
  const chosen = quiz.locator('input:checked');
  await expect(chosen).toHaveCount(1);
  await page.keyboard.press('Tab');
  if (multiple) {
    // past the remaining checkboxes to the button
    while (
      !(await quiz
        .getByRole('button', { name: 'Verificar' })
        .evaluate((b) => b === document.activeElement))
    ) {
      await page.keyboard.press('Tab');
    }
  }
  await expect(quiz.getByRole('button', { name: 'Verificar' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(quiz.getByRole('button', { name: 'Tentar de novo' })).toBeVisible();
  await expect(quiz).toContainText(/Correta|Incorreta|Faltou marcar/);
  await quiz.screenshot({ path: `${ARTIFACTS}/quiz-keyboard.png` });
  expect(problems).toEqual([]);
});
