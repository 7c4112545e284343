import type { Page } from '@playwright/test';
import { labFolderIds } from '../../src/content/lesson/loader/lab-folders';

const LAB_IDS = labFolderIds();
import { exerciseSpec } from '../../src/core/exercise/config';
import { datasetLoss } from '../../src/core/exercise/run';
import { completeIteration, startSession } from '../../src/core/exercise/session';
import { DEFAULT_SEED, initializeParameters } from '../../src/core/training/initialization';
import type { Example } from '../../src/core/types';
import { formatCount, formatValue } from '../../src/ui/format';
import { parameterName } from '../../src/core/network/notation';
import { allParameterRefs, parameterGradient, refKey } from '../../src/core/network/parameter-ref';
import { axeViolations, NAMED_RULES, type AxeScope } from './axe';
import {
  exercise,
  expect,
  moreMenu,
  openLesson,
  prepareDivergence,
  settings,
  test,
} from './fixtures';

/** One state of the app to scan: where to go, what to do there, and what part to scan. */
interface View {
  name: string;
  url: string;
  /** Brings the page into the state to scan (after the exercise has appeared). */
  prepare?: (page: Page) => Promise<void>;
  /** A CSS selector to scan instead of the whole page. */
  scope?: string;
  /** The whole lesson page: scanned in two tests (see `scans`). */
  wholeLesson?: true;
  /** The system colour scheme to emulate (the theme follows it by default). */
  colorScheme?: 'dark';
}

async function startAutoTraining(page: Page) {
  await exercise(page).getByRole('button', { name: 'Treinar automático' }).click();
  await expect(exercise(page).getByRole('button', { name: 'Pausar' })).toBeVisible();
  // let the chart, the read-outs and the status line fill in
  await expect(exercise(page).locator('.recharts-line-curve')).toBeVisible();
}

async function trainThenPause(page: Page) {
  await startAutoTraining(page);
  await exercise(page).getByRole('button', { name: 'Pausar' }).click();
  await expect(exercise(page).getByRole('button', { name: 'Treinar automático' })).toBeVisible();
}

/** Checks a wrong answer in the first single-answer quiz (its second option, if the first is right). */
async function answerWrong(page: Page) {
  const quiz = page
    .locator('form.quiz')
    .filter({ has: page.locator('input[type=radio]') })
    .first();
  for (const option of [0, 1]) {
    await quiz.getByRole('radio').nth(option).check();
    await quiz.getByRole('button', { name: 'Verificar' }).click();
    await expect(quiz.locator('.quiz-result')).toBeVisible();
    if ((await quiz.locator('.quiz-result-incorrect').count()) > 0) break;
    await quiz.getByRole('button', { name: 'Tentar de novo' }).click();
  }
  await expect(quiz.locator('.quiz-result-incorrect')).toBeVisible();
}

async function diverge(page: Page) {
  await prepareDivergence(page);
  await exercise(page).getByRole('button', { name: 'Treinar automático' }).click();
  await expect(exercise(page).getByRole('alert')).toContainText('O treino divergiu');
}

/** Every view the app has; a new mode or theme joins with one line. */
const VIEWS: View[] = [
  { name: 'the lesson (pt-BR) at load', url: '/', wholeLesson: true },
  {
    name: 'the exercise while auto-training',
    url: '/',
    prepare: startAutoTraining,
    scope: '#backprop-widget',
  },
  {
    name: 'the whole page after auto-training',
    url: '/',
    prepare: trainThenPause,
    wholeLesson: true,
  },
  {
    name: 'quiz feedback after a wrong answer',
    url: '/',
    prepare: answerWrong,
    scope: 'form.quiz:has(.quiz-feedback)',
  },
  { name: 'the divergence message', url: '/', prepare: diverge, scope: '#backprop-widget' },
  { name: 'the English page', url: '/?lang=en', wholeLesson: true },
  {
    name: 'the lesson in dark mode',
    url: '/',
    colorScheme: 'dark',
    wholeLesson: true,
    // the theme follows the system: the page really is dark before it is scanned
    prepare: (page) => expect(page.locator('html')).toHaveCSS('color-scheme', 'dark'),
  },
  { name: 'projector mode', url: '/?mode=projector' },
  { name: 'the exercise alone (view=widget)', url: '/?view=widget' },
  { name: 'one quiz alone (view=quiz)', url: '/?view=quiz&id=why-backwards' },
];

/** KaTeX's visual rendering: 17,000 of the lesson's 20,000 elements, hidden from assistive tech. */
const FORMULA_GLYPHS = '.katex-html';

/**
 * Formulas whose glyphs are not drawn in the colour of the text around them, on no background of
 * their own. When there are none, the contrast of every formula is the contrast of the text it
 * stands in, which axe checks: so axe's colour-contrast run can leave KaTeX's glyphs out.
 */
async function formulasNotInTextColour(page: Page): Promise<string[]> {
  return page.locator('.katex').evaluateAll((formulas) =>
    formulas.flatMap((formula) => {
      const text = getComputedStyle(formula.parentElement ?? formula).color;
      const own = getComputedStyle(formula).color;
      const glyphs = Array.from(formula.querySelectorAll('.katex-html *'));
      const off = glyphs.filter((glyph) => {
        const style = getComputedStyle(glyph);
        return style.color !== text || style.backgroundColor !== 'rgba(0, 0, 0, 0)';
      });
      return own === text && off.length === 0
        ? []
        : [`${formula.textContent?.slice(0, 40)}: ${own} in ${text}, ${off.length} glyphs off`];
    }),
  );
}

/**
 * How a view is scanned. A scoped view is one run. The whole page is two tests, each well inside
 * its time on a busy machine: every rule but colour contrast over the whole page (landmarks, ids
 * and headings need it whole), and colour contrast over everything but KaTeX's glyphs, which are
 * checked to be drawn in the colour of their text instead (most of axe's time went on them).
 */
function scans(view: View): { name: string; scope: AxeScope; formulas?: boolean }[] {
  if (!view.wholeLesson) {
    return [
      {
        name: view.name,
        scope: view.scope ? { include: [view.scope] } : {},
      },
    ];
  }
  return [
    {
      name: `${view.name}: every rule but colour contrast`,
      scope: { skipRules: ['color-contrast'] },
    },
    {
      name: `${view.name}: colour contrast, formulas in the colour of their text`,
      scope: { rules: ['color-contrast'], exclude: [FORMULA_GLYPHS] },
      formulas: true,
    },
  ];
}

for (const view of VIEWS) {
  for (const scan of scans(view)) {
    test(`axe finds no WCAG 2.2 AA violation in ${scan.name}`, async ({ page }) => {
      // axe walks the whole document, whatever its scope: on the lesson page (20,000 elements)
      // that takes several times longer than any other step, so these tests get triple time
      if (!view.url.includes('view=')) test.slow();
      if (view.colorScheme) await page.emulateMedia({ colorScheme: view.colorScheme });
      await openLesson(page, view.url);
      await view.prepare?.(page);
      // whole pages are scanned with their formulas typeset (KaTeX arrives after the text)
      if (view.wholeLesson) await expect(page.locator('.katex').first()).toBeAttached();
      if (scan.formulas) expect(await formulasNotInTextColour(page)).toEqual([]);
      expect(await axeViolations(page, scan.scope)).toEqual([]);
    });
  }
}

/**
 * Every lab section alone, the exercise alone and the lesson, at a phone's width and a laptop's, in
 * both themes and both languages. Lab sections and the exercise get every WCAG rule; the whole
 * lesson (already scanned whole above) gets the rules that change with the width.
 */
const SIZED_VIEWS: { name: string; path: string; lesson?: true; exclude?: string[] }[] = [
  // the challenges section shows the exercise under it: the exercise has its own line below
  ...LAB_IDS.map((id) => ({
    name: `the lab section ${id} alone`,
    path: `/?view=lab&id=${id}`,
    exclude: ['#backprop-widget'],
  })),
  { name: 'the exercise alone (view=widget)', path: '/?view=widget' },
  { name: 'the lesson', path: '/', lesson: true },
];

for (const width of [375, 1280]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const language of ['pt-BR', 'en'] as const) {
      for (const view of SIZED_VIEWS) {
        test(`axe at ${width} px (${colorScheme}, ${language}) finds nothing in ${view.name}`, async ({
          page,
        }) => {
          if (view.lesson) test.slow();
          await page.setViewportSize({ width, height: 800 });
          await page.emulateMedia({ colorScheme });
          const separator = view.path.includes('?') ? '&' : '?';
          await openLesson(page, `${view.path}${separator}lang=${language}`);
          await expect(page.locator('html')).toHaveCSS('color-scheme', colorScheme);
          await expect(page.locator('html')).toHaveAttribute('lang', language);
          const scope: AxeScope = view.lesson
            ? { rules: NAMED_RULES }
            : view.exclude
              ? { exclude: view.exclude }
              : {};
          expect(await axeViolations(page, scope)).toEqual([]);
        });
      }
    }
  }
}

test('control: a formula drawn in a colour of its own is caught by the formula colour check', async ({
  page,
}) => {
  await openLesson(page);
  await expect(page.locator('.katex').first()).toBeAttached();
  expect(await formulasNotInTextColour(page)).toEqual([]);
  await page
    .locator('.katex-html')
    .first()
    .evaluate((glyphs) => (glyphs as HTMLElement).style.setProperty('color', 'rgb(200, 200, 200)'));
  expect(await formulasNotInTextColour(page)).toHaveLength(1);
});

test.describe('with reduced motion', () => {
  /**
   * Steps the exercise, toggles its gradients and steps the loss surface, all in one task, then
   * waits a frame and returns the CSS animations and transitions running on the page.
   */
  async function animationsAfterInteractions(page: Page): Promise<string[]> {
    await page.locator('figure.loss-surface').scrollIntoViewIfNeeded();
    return page.evaluate(async () => {
      const button = (name: string, root: ParentNode = document) =>
        Array.from(root.querySelectorAll('button')).find((b) => b.textContent?.trim() === name);
      const widget = document.getElementById('backprop-widget')!;
      for (let step = 0; step < 3; step++) button('Próximo passo', widget)?.click();
      widget.querySelector<HTMLInputElement>('.step-buttons input[type=checkbox]')?.click();
      button('Próximo passo', document.querySelector('.loss-surface')!)?.click();
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return document.getAnimations().map((animation) => {
        const target = (animation.effect as KeyframeEffect | null)?.target;
        return `${animation.constructor.name} on ${target?.getAttribute('class') ?? target?.nodeName}`;
      });
    });
  }

  test('no CSS animation or transition runs, and the loss surface shows its whole path', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openLesson(page);
    expect(await animationsAfterInteractions(page)).toEqual([]);

    const surface = page.locator('figure.loss-surface');
    await expect(surface.getByRole('button', { name: 'Animar' })).toHaveCount(0);
    await surface.getByRole('button', { name: 'Mostrar o caminho todo' }).click();
    const position = await surface.locator('.surface-position').textContent();
    const [shown, steps] = (position?.match(/\d+/g) ?? []).map(Number);
    expect(steps).toBeGreaterThan(1);
    expect(shown).toBe(steps);
    const vertices = await surface
      .locator('.surface-path')
      .evaluate((line) => (line as SVGPolylineElement).points.numberOfItems);
    expect(vertices).toBe(steps! + 1);
    await expect(surface.getByRole('button', { name: 'Próximo passo' })).toBeDisabled();
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
  });

  test('control: without the preference, the same interactions do animate', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await openLesson(page);
    expect((await animationsAfterInteractions(page)).length).toBeGreaterThan(0);
  });
});

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  /** The document's width, and what sticks out of it outside a region that scrolls itself. */
  async function overflow(page: Page) {
    return page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      // inside a region that scrolls (or clips) by itself; the page's own <body> does not count
      const scrollsItself = (element: Element) => {
        for (
          let node = element.parentElement;
          node && node !== document.body;
          node = node.parentElement
        ) {
          const style = getComputedStyle(node);
          if (['auto', 'scroll', 'hidden', 'clip'].includes(style.overflowX)) return true;
        }
        return false;
      };
      const outside = Array.from(document.body.querySelectorAll('*'))
        .filter((element) => element.getBoundingClientRect().right > width + 1)
        .filter((element) => !scrollsItself(element))
        .slice(0, 5)
        .map((element) => `${element.nodeName.toLowerCase()}.${element.getAttribute('class')}`);
      return { scrollWidth: document.documentElement.scrollWidth, outside };
    });
  }

  async function expectNoSidewaysScroll(page: Page) {
    const { scrollWidth, outside } = await overflow(page);
    expect(outside).toEqual([]);
    expect(scrollWidth).toBeLessThanOrEqual(320);
  }

  test('nothing scrolls sideways, in the lesson or in the exercise', async ({ page }) => {
    await openLesson(page);
    // bring every lazily mounted figure in, down to the end of the lesson
    await page.locator('footer').scrollIntoViewIfNeeded();
    await page.locator('figure.loss-surface').scrollIntoViewIfNeeded();
    await expectNoSidewaysScroll(page);

    const widget = exercise(page);
    // back at the exercise: on a phone its step bar shows while the exercise is in view
    await widget.getByRole('heading', { level: 2 }).scrollIntoViewIfNeeded();
    await widget.getByRole('checkbox', { name: 'Mostrar gradientes' }).check();
    await widget.getByRole('button', { name: 'Completar iteração' }).click();
    const drawer = await settings(page);
    await drawer.locator('summary', { hasText: 'Pesos e vieses' }).click();
    await widget.locator('summary', { hasText: 'Tabela de valores' }).click();
    await (await moreMenu(page)).locator('summary', { hasText: 'Atalhos do teclado' }).click();
    await widget.getByRole('button', { name: 'Treinar automático' }).click();
    await expect(widget.locator('.recharts-line-curve')).toBeVisible();
    await widget.getByRole('button', { name: 'Pausar' }).click();
    await widget.locator('summary', { hasText: 'Últimos valores da perda' }).click();
    await expectNoSidewaysScroll(page);
  });
});

test('live regions speak at most once every 5 s during auto-training', async ({ page }) => {
  await openLesson(page);
  const widget = exercise(page);
  const drawer = await settings(page);
  await drawer.getByRole('combobox', { name: 'Velocidade' }).selectOption({ index: 3 });
  // every text change inside a polite or assertive live region, by region, with its time
  await page.evaluate(() => {
    const LIVE = '[aria-live], [role=status], [role=alert], [role=log], [role=timer], output';
    const ids = new Map<Element, string>();
    const texts = new Map<Element, string>();
    const changes: { region: string; at: number; text: string }[] = [];
    const politeness = (region: Element) =>
      region.getAttribute('aria-live') ??
      (region.getAttribute('role') === 'alert' ? 'assertive' : 'polite');
    const regions = () => Array.from(document.querySelectorAll(LIVE));
    for (const region of regions()) texts.set(region, region.textContent ?? '');
    const observer = new MutationObserver(() => {
      for (const region of regions()) {
        const text = region.textContent ?? '';
        if (texts.get(region) === text) continue;
        texts.set(region, text);
        if (politeness(region) === 'off') continue;
        if (!ids.has(region)) ids.set(region, `${region.nodeName}.${region.className}#${ids.size}`);
        changes.push({ region: ids.get(region)!, at: performance.now(), text });
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    Object.assign(window, { __liveChanges: changes, __liveObserver: observer });
  });
  await widget.getByRole('button', { name: 'Treinar automático' }).click();
  await page.waitForTimeout(8_000);
  const changes = await page.evaluate(() => {
    const { __liveChanges, __liveObserver } = window as unknown as {
      __liveChanges: { region: string; at: number; text: string }[];
      __liveObserver: MutationObserver;
    };
    __liveObserver.disconnect();
    return __liveChanges;
  });
  await widget.getByRole('button', { name: 'Pausar' }).click();

  // the training status is said when training starts, then again after 5 s
  const status = changes.filter((change) => change.text.startsWith('Treinando: iteração'));
  expect(status.length).toBeGreaterThanOrEqual(1);
  expect(status[0]!.text).toMatch(
    /^Treinando: iteração \d+, perda \d+,\d+(·10⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)?\.$/,
  );
  const tooSoon = changes.filter((change, index) =>
    changes
      .slice(0, index)
      .some((earlier) => earlier.region === change.region && change.at - earlier.at < 5_000),
  );
  expect(tooSoon, JSON.stringify(changes, null, 1)).toEqual([]);
});

test.describe('text alternatives', () => {
  const spec = exerciseSpec('sigmoid', 'halfSquaredError');
  const examples: Example[] = [{ input: [1, 0.5], target: [1] }];
  const initial = initializeParameters(spec, { scheme: 'uniform', seed: DEFAULT_SEED });

  test('the diagram has a description and a table whose numbers match the core and the read-outs', async ({
    page,
  }) => {
    await openLesson(page);
    const widget = exercise(page);
    await widget.getByRole('button', { name: 'Completar iteração' }).click();
    const diagram = widget.getByRole('group', { name: 'Diagrama da rede 2–2–1' });
    await expect(diagram).toHaveAccessibleDescription(/As entradas ligam-se/);

    await widget.locator('summary', { hasText: 'Tabela de valores' }).click();
    const table = widget.getByRole('table', { name: /Tabela de valores/ });
    await expect(table).toBeVisible();
    const session = completeIteration(startSession(spec, examples, initial, 0.1));
    const cells = (quantity: string) =>
      table
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: quantity, exact: true }) })
        .getByRole('cell');
    await expect(cells('L').first()).toHaveText(formatValue(session.trace.loss, 'pt-BR'));
    for (const ref of allParameterRefs(spec)) {
      const gradient = formatValue(parameterGradient(session.trace, ref)!, 'pt-BR');
      await expect(cells(parameterName(spec, ref)).nth(1)).toHaveText(gradient);
      await expect(widget.locator(`.gradient-list dd[data-parameter="${refKey(ref)}"]`)).toHaveText(
        gradient,
      );
    }
  });

  test('the loss chart has a summary and a table whose numbers match the core', async ({
    page,
  }) => {
    await openLesson(page);
    const widget = exercise(page);
    const iterations = 3;
    for (let count = 0; count < iterations; count++) {
      await widget.getByRole('button', { name: 'Completar iteração' }).click();
    }
    // J(θ_t) for t = 0, 1, 2, from the core
    const losses: number[] = [];
    let parameters = initial;
    for (let iteration = 0; iteration < iterations; iteration++) {
      losses.push(datasetLoss(spec, parameters, examples));
      parameters = completeIteration(
        startSession(spec, examples, parameters, 0.1, iteration),
      ).updatedParameters!;
    }
    const chart = widget.getByRole('region', { name: 'Curva de perda (MSE)' });
    await expect(chart).toContainText(
      `ao longo de ${formatCount(iterations, 'pt-BR')} iterações: de ${formatValue(losses[0]!, 'pt-BR')} para ${formatValue(losses.at(-1)!, 'pt-BR')}`,
    );
    await chart.locator('summary', { hasText: 'Últimos valores da perda' }).click();
    const table = chart.getByRole('table', { name: /perdas mais recentes/ });
    const rows = table.locator('tbody tr');
    await expect(rows).toHaveCount(iterations);
    for (const [iteration, loss] of losses.entries()) {
      await expect(rows.nth(iteration).getByRole('cell')).toHaveText([
        formatCount(iteration, 'pt-BR'),
        formatValue(loss, 'pt-BR'),
      ]);
    }
  });
});
