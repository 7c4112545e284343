import { launchChromium } from './bench-ui/browser';
import { measureAutoTraining } from './bench-ui/auto-training';
import { measureFirstLoad } from './bench-ui/first-load';
import { measureHeap } from './bench-ui/heap';
import { measureLabHeatmap } from './bench-ui/lab-heatmap';
import { measureLighthouse } from './bench-ui/lighthouse';
import { measurePageLoad } from './bench-ui/page-load';
import { startPreview } from './bench-ui/preview-server';
import { formatTable, type Row } from './bench-ui/table';

/**
 * `npm run bench:ui`: the production build in Chromium — first-load bytes, LCP and TBT, frame rate
 * and long tasks while auto-training and in the lab's heatmap, heap growth over 1,000,000 iterations, Lighthouse scores.
 * Prints a table; never fails on a number. BENCH_UI_PORT and BENCH_UI_OUT_DIR choose another port
 * or build directory; BENCH_UI_ONLY a subset of the steps.
 */
const PORT = Number(process.env.BENCH_UI_PORT ?? 4173);
const OUT_DIR = process.env.BENCH_UI_OUT_DIR;
const PAGE_LOAD_RUNS = 3;
/** BENCH_UI_ONLY="memory,Lighthouse" runs only those steps (names as printed while running). */
const ONLY = process.env.BENCH_UI_ONLY?.split(',').map((name) => name.trim());

async function main(): Promise<void> {
  const started = Date.now();
  const server = await startPreview(PORT, OUT_DIR);
  const rows: Row[] = [];
  const step = async (name: string, measure: () => Promise<Row[]>) => {
    if (ONLY && !ONLY.includes(name)) return;
    process.stderr.write(`bench:ui: ${name}…\n`);
    try {
      rows.push(...(await measure()));
    } catch (error) {
      rows.push({
        group: name,
        metric: 'error',
        value: String(error).split('\n')[0] ?? '',
        target: '',
        meets: null,
      });
    }
  };
  try {
    const browser = await launchChromium();
    try {
      await step('first load', () => measureFirstLoad(browser, server.url, OUT_DIR ?? 'dist'));
      await step('page load', () => measurePageLoad(browser, server.url, PAGE_LOAD_RUNS));
      await step('auto-training', () => measureAutoTraining(browser, server.url));
      await step('lab heatmap', () => measureLabHeatmap(browser, server.url));
      await step('memory', () => measureHeap(browser, server.url));
    } finally {
      await browser.close();
    }
    await step('Lighthouse', () => measureLighthouse(server.url));
  } finally {
    await server.stop();
  }
  console.log(formatTable(rows));
  console.log(
    `\n${new Date().toISOString()}; Chromium headless; ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
