import { test as base, expect, type Locator, type Page } from '@playwright/test';

/** Where screenshots go; git ignores it. */
export const ARTIFACTS = 'test-artifacts/screenshots';

/** A `securitypolicyviolation` event as the page reports it. */
export interface CspViolation {
  directive: string;
  blockedUri: string;
  sample: string;
}

declare global {
  interface Window {
    /** CSP violations seen by this document (filled by the fixture's init script). */
    __cspViolations?: CspViolation[];
    /** Playwright binding that forwards each violation to the test, across navigations. */
    __reportCspViolation?: (violation: CspViolation) => void;
  }
}

/** Runs in every document and frame before the app: records each CSP violation. */
function recordCspViolations() {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    const violation = {
      directive: event.effectiveDirective,
      blockedUri: event.blockedURI,
      sample: event.sample,
    };
    window.__cspViolations?.push(violation);
    window.__reportCspViolation?.(violation);
  });
}

/** The CSP violations the current document of `page` recorded (the positive control reads these). */
export async function cspViolations(page: Page): Promise<CspViolation[]> {
  return page.evaluate(() => window.__cspViolations ?? []);
}

/**
 * A page that records console errors, page errors, requests to other hosts and Content Security
 * Policy violations (events and console reports). It is automatic: every test gets it, and a test
 * fails at teardown if anything was recorded. A test that provokes a problem on purpose (the CSP
 * positive control) empties `problems` once it has checked it.
 */
export const test = base.extend<{ problems: string[] }>({
  problems: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      await page.exposeBinding('__reportCspViolation', (_source, violation: CspViolation) => {
        problems.push(`CSP violation: ${violation.directive} blocked ${violation.blockedUri}`);
      });
      await page.addInitScript(recordCspViolations);
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) {
          problems.push(`CSP console: ${message.text()}`);
        } else if (message.type() === 'error') {
          problems.push(`console: ${message.text()}`);
        }
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol.startsWith('http') && url.origin !== origin) {
          problems.push(`request to another host: ${request.url()}`);
        }
      });
      await use(problems);
      expect(problems, 'console errors, page errors, CSP violations, other hosts').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The exercise "Backpropagation – Passo a Passo", mounted inside the lesson. */
export function exercise(page: Page) {
  return page.locator('#backprop-widget');
}

/**
 * The exercise's settings drawer (scenario, model, data, example, seed, auto-training, η's wide
 * range, parameters), opened from the top bar the way a learner opens it when it is closed.
 */
export async function settings(page: Page, root: Locator = exercise(page)) {
  const toggle = root.getByRole('button', { name: /^(Configurações|Settings)$/ });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const drawer = root.getByRole('region', {
    name: /^(Configurações do exercício|Exercise settings)$/,
  });
  await expect(drawer).toBeVisible();
  return drawer;
}

/** The exercise's "more" menu (share link, projector mode, shortcuts), opened from the top bar. */
export async function moreMenu(page: Page, root: Locator = exercise(page)) {
  const toggle = root.getByRole('button', { name: /^(Mais|More)$/ });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const menu = root.getByRole('region', {
    name: /^(Mais opções do exercício|More exercise options)$/,
  });
  await expect(menu).toBeVisible();
  return menu;
}

/**
 * How long a page may take to load its lazy parts (lesson text, renderer, exercise). Loading the
 * 20,000-element lesson is the heaviest step of a test, and on a busy machine it takes longer
 * than an assertion's 5 s; this waits for a page to arrive, it asserts nothing about speed.
 */
export const PAGE_LOAD_TIMEOUT = 30_000;

/** Opens the lesson (pt-BR unless `path` says otherwise) and waits for the exercise. */
export async function openLesson(page: Page, path = '/') {
  await page.goto(path);
  const view = new URLSearchParams(path.split('?')[1] ?? '').get('view');
  const loaded = { timeout: PAGE_LOAD_TIMEOUT };
  if (view === 'lab') {
    // one lab section alone: its frame's h1 shows once its code has arrived
    await expect(page.locator('section.lab').getByRole('heading', { level: 1 })).toBeVisible(
      loaded,
    );
    return;
  }
  if (view === 'quiz') {
    await expect(page.getByRole('button', { name: /^(Verificar|Check)$/ })).toBeVisible(loaded);
    return;
  }
  await expect(exercise(page).getByRole('heading', { level: 2 })).toBeVisible(loaded);
}

/**
 * ReLU + BCE with hidden weights w₁₁ = w₂₁ = 1e200 and v₁ = v₂ = −1 typed in "Pesos e vieses":
 * the first auto-training step overflows, and the exercise shows its divergence message.
 */
export async function prepareDivergence(page: Page) {
  const widget = await settings(page);
  await widget.getByRole('combobox', { name: 'Função de ativação' }).selectOption('relu');
  await widget
    .getByRole('combobox', { name: 'Função de perda' })
    .selectOption('binaryCrossEntropy');
  await widget.locator('summary', { hasText: 'Pesos e vieses' }).click();
  for (const [name, value] of [
    ['w₁₁', '1e200'],
    ['w₂₁', '1e200'],
    ['v₁', '-1'],
    ['v₂', '-1'],
  ] as const) {
    const field = widget.getByRole('textbox', { name, exact: true });
    await field.fill(value);
    await field.press('Enter');
  }
}

/** Text of the whole page without code spans (the lesson's prose names `NaN` in code). */
export async function pageTextWithoutCode(page: Page): Promise<string> {
  return page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('code').forEach((code) => code.remove());
    return copy.textContent ?? '';
  });
}

/**
 * A lab section inside the lesson: its placeholder is scrolled to (sections load when the learner
 * comes near them), then the section itself.
 */
export async function labInLesson(page: Page, id: string) {
  const section = page.locator(`#lab-${id}`);
  // the lesson draws its blocks after its text arrives, and widgets above may still grow: scroll to
  // the placeholder until the section has come
  await expect(async () => {
    await page.evaluate((lab) => {
      document
        .querySelector(`[data-lab-pending="${lab}"], #lab-${lab}`)
        ?.scrollIntoView({ block: 'center' });
    }, id);
    await expect(section).toBeAttached({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await section.scrollIntoViewIfNeeded();
  return section;
}
