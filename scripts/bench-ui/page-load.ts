import type { Browser } from '@playwright/test';
import { freshPage } from './browser';
import { median, milliseconds } from './stats';
import type { Row } from './table';

/** LCP target, unthrottled, on localhost. */
const LCP_BUDGET_MS = 1000;

/** Records paint, LCP and long-task entries from the very start of the page. */
const OBSERVE = `(() => {
  const record = { lcp: 0, lcpElement: '', longTasks: [] };
  window.__benchPaint = record;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      record.lcp = entry.startTime;
      const element = entry.element;
      const firstClass = element && element.className ? '.' + String(element.className).split(' ')[0] : '';
      record.lcpElement = element ? element.tagName.toLowerCase() + firstClass : '';
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) record.longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
})()`;

const READ = `(() => {
  const record = window.__benchPaint;
  const paint = performance.getEntriesByName('first-contentful-paint')[0];
  return { fcp: paint ? paint.startTime : 0, lcp: record.lcp, lcpElement: record.lcpElement, longTasks: record.longTasks };
})()`;

interface PaintRecord {
  fcp: number;
  lcp: number;
  lcpElement: string;
  longTasks: [number, number][];
}

/** Σ over long tasks after first contentful paint of the time beyond 50 ms (as Lighthouse counts). */
export function totalBlockingTime(fcp: number, longTasks: readonly [number, number][]): number {
  return longTasks.reduce((total, [start, duration]) => {
    const end = start + duration;
    if (end <= fcp) return total;
    const counted = end - Math.max(start, fcp);
    return total + Math.max(0, Math.min(duration, counted) - 50);
  }, 0);
}

async function loadOnce(browser: Browser, url: string, throttle: number): Promise<PaintRecord> {
  const { context, page, cdp } = await freshPage(browser);
  try {
    if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.addInitScript(OBSERVE);
    await page.goto(url, { waitUntil: 'load' });
    await page.locator('.lesson-title').waitFor();
    await page.waitForLoadState('networkidle');
    // let the last renders and their long tasks finish before reading
    await page.waitForTimeout(1000);
    return (await page.evaluate(READ)) as PaintRecord;
  } finally {
    await context.close();
  }
}

/** LCP and total blocking time on a cold load: the median of `runs` loads per CPU speed. */
export async function measurePageLoad(browser: Browser, url: string, runs: number): Promise<Row[]> {
  const rows: Row[] = [];
  for (const throttle of [1, 4]) {
    const records: PaintRecord[] = [];
    for (let run = 0; run < runs; run++) records.push(await loadOnce(browser, url, throttle));
    const lcp = median(records.map((record) => record.lcp));
    const blocking = records.map((record) => totalBlockingTime(record.fcp, record.longTasks));
    const tbt = median(blocking);
    const label = throttle > 1 ? `${throttle}× CPU throttling` : 'unthrottled';
    const elements = [...new Set(records.map((record) => record.lcpElement))].join(', ');
    rows.push(
      {
        group: 'page load',
        metric: `LCP, ${label} (median of ${runs})`,
        value: milliseconds(lcp),
        target: throttle > 1 ? '' : `≤ ${milliseconds(LCP_BUDGET_MS)}`,
        meets: throttle > 1 ? null : lcp <= LCP_BUDGET_MS,
        note: `FCP ${milliseconds(median(records.map((record) => record.fcp)))}; LCP element ${elements}`,
      },
      {
        group: 'page load',
        metric: `TBT, ${label} (median of ${runs})`,
        value: milliseconds(tbt),
        target: '',
        meets: null,
        note: `runs: ${blocking.map(milliseconds).join(', ')}`,
      },
    );
  }
  return rows;
}
