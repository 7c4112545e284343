import type { Browser } from '@playwright/test';
import { freshPage } from './browser';
import { controlTask, runProbe } from './auto-training';
import { milliseconds } from './stats';
import type { Row } from './table';

const PROBE_MS = 10_000;
const FPS_TARGET = 30;
const LONG_TASK_LIMIT_MS = 50;

/** The "Passo" read-out of the architecture lab, as a number. */
const STEP = `(() => {
  for (const item of document.querySelectorAll('.architecture-readouts > div')) {
    if (item.querySelector('dt')?.textContent?.trim() === 'Passo') {
      return Number(item.querySelector('dd')?.textContent?.replace(/\\D/g, ''));
    }
  }
  return NaN;
})()`;

/**
 * The lab's decision-boundary heatmap while training at maximum speed for 10 s: its default
 * network (2–8–8–1 tanh on 200 circle points) redraws the map every frame. Frames per second,
 * the longest task, and the positive control as in the exercise's probe.
 */
export async function measureLabHeatmap(browser: Browser, url: string): Promise<Row[]> {
  const { context, page } = await freshPage(browser, { width: 1280, height: 1000 });
  try {
    await page.goto(new URL('?view=lab&id=architecture', url).toString());
    const heatmap = page.getByTestId('lab-heatmap');
    await heatmap.waitFor();
    await page.getByRole('combobox', { name: 'Velocidade' }).selectOption('max');
    await heatmap.scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: 'Treinar', exact: true }).click();
    const result = await runProbe(page, PROBE_MS, true);
    const steps = (await page.evaluate(STEP)) as number;
    await page.getByRole('button', { name: 'Pausar', exact: true }).click();
    const fps = (result.frames * 1000) / result.elapsed;
    const control = controlTask(result);
    const appTasks = result.longTasks.filter((task) => task !== control);
    const longest = Math.max(0, ...appTasks.map(([, duration]) => duration));
    const group = 'lab heatmap';
    return [
      {
        group,
        metric: 'frames per second, 2–8–8–1 on 200 points, max speed, 10 s',
        value: fps.toFixed(1),
        target: `≥ ${FPS_TARGET}`,
        meets: fps >= FPS_TARGET,
        note: `${Number.isFinite(steps) ? steps.toLocaleString('en') : '?'} training steps; a 64×64 map each frame (includes the 100 ms control)`,
      },
      {
        group,
        metric: 'longest task (control excluded)',
        value: milliseconds(longest),
        target: `≤ ${LONG_TASK_LIMIT_MS} ms`,
        meets: longest <= LONG_TASK_LIMIT_MS,
        note: `${appTasks.length} long tasks over 50 ms; control ${control ? `seen, ${milliseconds(control[1])}` : 'NOT SEEN'}`,
      },
    ];
  } finally {
    await context.close();
  }
}
