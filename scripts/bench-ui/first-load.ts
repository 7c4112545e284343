import type { Browser } from '@playwright/test';
import { freshPage } from './browser';
import { kilobytes } from './stats';
import type { Row } from './table';
import { chunkFiles, keyEndingWith, readManifest } from './manifest';

/** First-load JS target, gzip. */
const JS_BUDGET = 170_000;

interface Transfer {
  path: string;
  /** Encoded body size: gzip, as `vite preview` sends it. */
  bytes: number;
}

/**
 * Every script and stylesheet the page fetched, with its size. Plain JS: tsx would decorate a
 * function passed to page.evaluate with helpers the page does not have.
 */
const TRANSFERS = `(() => performance.getEntriesByType('resource')
  .map((entry) => ({ path: new URL(entry.name).pathname, bytes: entry.encodedBodySize }))
  .filter((entry) => /\\.(js|css)$/.test(entry.path)))()`;

const sum = (transfers: readonly Transfer[], extension: string) =>
  transfers
    .filter((transfer) => transfer.path.endsWith(extension))
    .reduce((total, transfer) => total + transfer.bytes, 0);

const names = (transfers: readonly Transfer[]) =>
  transfers.map((transfer) => transfer.path.replace('/assets/', '')).join(', ');

/**
 * Bytes transferred (gzip, as served) on a cold cache without interaction, sorted with Vite's
 * build manifest: the initial JS and CSS (index.html's entry and its static imports, which the
 * first paint waits for); what the lesson's text needs besides (its chunk for pt-BR and the lesson
 * renderer with KaTeX, fetched side by side right after); and what loads after, unasked.
 */
export async function measureFirstLoad(
  browser: Browser,
  url: string,
  outDir: string,
): Promise<Row[]> {
  const manifest = readManifest(outDir);
  const initialFiles = chunkFiles(manifest, 'index.html');
  const lessonFiles = chunkFiles(manifest, keyEndingWith(manifest, 'lesson.pt-BR.md?lesson'));
  // the renderer has a chunk of its own once it is split from the entry
  chunkFiles(
    manifest,
    keyEndingWith(manifest, 'features/lesson/renderer/LessonView.tsx'),
    lessonFiles,
  );
  const { context, page } = await freshPage(browser);
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.locator('.lesson-title').waitFor();
    await page.waitForLoadState('networkidle');
    const transfers = (await page.evaluate(TRANSFERS)) as Transfer[];
    const initial = transfers.filter((transfer) => initialFiles.has(transfer.path));
    const lesson = transfers.filter(
      (transfer) => !initialFiles.has(transfer.path) && lessonFiles.has(transfer.path),
    );
    const later = transfers.filter(
      (transfer) => !initialFiles.has(transfer.path) && !lessonFiles.has(transfer.path),
    );
    const js = sum(initial, '.js');
    const css = sum(initial, '.css');
    const group = 'first load (gzip)';
    return [
      {
        group,
        metric: 'initial JS (index.html and its static imports)',
        value: kilobytes(js),
        target: `≤ ${kilobytes(JS_BUDGET)}`,
        meets: js <= JS_BUDGET,
        note: names(initial.filter((transfer) => transfer.path.endsWith('.js'))),
      },
      { group, metric: 'initial CSS', value: kilobytes(css), target: '', meets: null },
      { group, metric: 'initial JS + CSS', value: kilobytes(js + css), target: '', meets: null },
      {
        group,
        metric: 'JS + CSS the lesson text needs besides',
        value: kilobytes(sum(lesson, '.js') + sum(lesson, '.css')),
        target: '',
        meets: null,
        note: names(lesson),
      },
      {
        group,
        metric: 'JS before the lesson text shows (KaTeX follows)',
        value: kilobytes(js + sum(lesson, '.js')),
        target: `≤ ${kilobytes(JS_BUDGET)}`,
        meets: js + sum(lesson, '.js') <= JS_BUDGET,
      },
      {
        group,
        metric: 'JS + CSS loaded after, without interaction',
        value: kilobytes(sum(later, '.js') + sum(later, '.css')),
        target: '',
        meets: null,
        note: names(later),
      },
    ];
  } finally {
    await context.close();
  }
}
