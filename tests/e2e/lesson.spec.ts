import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { traceExample } from '../../src/core/network/trace';
import { LESSON_NETWORK } from '../../src/features/exercise/face/exercise-network';
import { parseTypedNumber } from '../../src/ui/parse-number';
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

test.describe('the first screen', () => {
  test('at 1280 × 800: the live network and the contents in view, the saved-answers notice on one line', async ({
    page,
  }) => {
    await page.goto('/');
    const figure = page.getByRole('img', { name: /A rede 2–2–1 do exercício/ });
    await expect(figure).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
    const viewport = page.viewportSize()!;
    const contents = page.getByRole('navigation', { name: 'Nesta aula' });
    for (const element of [figure, contents, page.getByRole('heading', { level: 1 })]) {
      const box = (await element.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    }
    // the figure draws the network the exercise starts from, with the core's numbers
    const start = traceExample(
      LESSON_NETWORK.spec,
      LESSON_NETWORK.parameters,
      LESSON_NETWORK.example,
    );
    const drawn = async (node: string) =>
      parseTypedNumber(
        (await figure.locator(`[data-node="${node}"] .hero-node-value`).textContent()) ?? '',
      );
    const near = (value: number | null, expected: number) =>
      value !== null && Math.abs(value - expected) <= Math.abs(expected) * 5e-3; // 3 figures drawn
    expect(near(await drawn('ŷ'), start.prediction[0]!)).toBe(true);
    expect(near(await drawn('a₁'), start.layers[0]!.a[0]!)).toBe(true);
    expect(near(await drawn('a₂'), start.layers[0]!.a[1]!)).toBe(true);

    const summary = page.locator('details.saved-answers > summary');
    await expect(summary).toHaveText(/Respostas salvas só neste navegador\.\s*Detalhes/);
    const { height, lineHeight } = await summary.evaluate((element) => ({
      height: element.getBoundingClientRect().height,
      lineHeight: Number.parseFloat(getComputedStyle(element).lineHeight),
    }));
    expect(height).toBeLessThan(lineHeight * 1.5);
    const summaryBox = (await summary.boundingBox())!;
    expect(summaryBox.y + summaryBox.height).toBeLessThanOrEqual(viewport.height);
    // the whole notice, with its reset button, on demand
    await summary.click();
    await expect(page.getByRole('note', { name: 'Sobre as perguntas' })).toBeVisible();
    await expect(
      page.locator('details.saved-answers').getByRole('button', { name: 'Zerar progresso' }),
    ).toBeVisible();

    // the contents' numbers in one column, each on its title's first line
    const rows = await contents.locator('li a').evaluateAll((links) =>
      links.map((link) => {
        const box = link.getBoundingClientRect();
        const line = Number.parseFloat(getComputedStyle(link).lineHeight);
        return { left: Math.round(box.left), top: box.top, lines: Math.round(box.height / line) };
      }),
    );
    expect(new Set(rows.map((row) => row.left)).size).toBe(1);
    expect(rows.every((row) => row.lines <= 2)).toBe(true);

    // the way to the exercise
    await page.getByRole('link', { name: 'Ir para o exercício interativo' }).click();
    await expect(page).toHaveURL(/#exercicio$/);
    await expect(
      page.getByRole('heading', { level: 2, name: 'Exercício interativo' }),
    ).toBeInViewport();
    await page.screenshot({ path: `${ARTIFACTS}/lesson-first-screen-after-jump.png` });
  });

  for (const language of ['pt-BR', 'en'] as const) {
    test(`at 375 px nothing overflows sideways, and the hero fits (${language})`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 375, height: 800 });
      await page.goto(`/?lang=${language}`);
      const figure = page.getByRole('img', { name: /2–2–1/ });
      await expect(figure).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
      await page.getByRole('navigation').first().getByRole('button').click();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      const box = (await figure.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(375);
      // the saved-answers notice stays on one line on a phone too
      const notice = await page.locator('details.saved-answers > summary').evaluate((element) => ({
        height: element.getBoundingClientRect().height,
        lineHeight: Number.parseFloat(getComputedStyle(element).lineHeight),
      }));
      expect(notice.height).toBeLessThan(notice.lineHeight * 1.5);
      const banner = page.getByRole('banner');
      await expect(
        banner.getByRole('button', {
          name: language === 'en' ? 'Mudar para português' : 'Switch to English',
        }),
      ).toBeVisible();
      await page.screenshot({ path: `${ARTIFACTS}/lesson-first-screen-375-${language}.png` });
    });
  }

  test('the figure plays its forward sweep once, and not at all with reduced motion', async ({
    page,
  }) => {
    const animation = async () => {
      const figure = page.getByRole('img', { name: /A rede 2–2–1 do exercício/ });
      await expect(figure).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
      return figure
        .locator('line')
        .first()
        .evaluate((line) => {
          const style = getComputedStyle(line);
          return { name: style.animationName, count: style.animationIterationCount };
        });
    };
    await page.goto('/');
    expect(await animation()).toEqual({ name: 'hero-forward', count: '1' });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.reload();
    expect((await animation()).name).toBe('none');
    await page.screenshot({ path: `${ARTIFACTS}/lesson-first-screen.png` });
  });
});
