import type { Browser, Page } from '@playwright/test';
import { loadavg } from 'node:os';
import { freshPage } from './browser';
import { MARKS, traceCpu, type CpuSummary } from './cpu-trace';
import {
  EXERCISE_VIEWPORT,
  exercise,
  onScreen,
  openExercise,
  pauseButton,
  prepareAutoTraining,
  shownIteration,
  startButton,
} from './exercise-page';
import { milliseconds } from './stats';
import type { Row } from './table';

const PROBE_MS = 10_000;
const IDLE_PROBE_MS = 2_000;
/** The positive control: a deliberate busy task this long, this far into the probe. */
const CONTROL_MS = 100;
const CONTROL_AT_MS = 5_000;
const FPS_TARGET = 55;
const LONG_TASK_LIMIT_MS = 50;

/**
 * Counts requestAnimationFrame callbacks and records long tasks for `duration` ms; when `control`
 * is set, blocks the main thread once for CONTROL_MS, CONTROL_AT_MS into the run. Plain JS (see
 * first-load.ts). Marks its start, end and control for the trace (cpu-trace.ts). Resolves to
 * { frames, elapsed, longTasks: [start, duration][], controlStart }.
 */
const probe = (duration: number, control: boolean) => `new Promise((resolve) => {
  const longTasks = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push([entry.startTime, entry.duration]);
  });
  observer.observe({ type: 'longtask' });
  let controlStart = -1;
  if (${control}) {
    setTimeout(() => {
      performance.mark('${MARKS.control}');
      controlStart = performance.now();
      while (performance.now() - controlStart < ${CONTROL_MS}) {}
    }, ${CONTROL_AT_MS});
  }
  let frames = 0;
  performance.mark('${MARKS.start}');
  const start = performance.now();
  const frame = (now) => {
    if (now - start < ${duration}) {
      frames++;
      requestAnimationFrame(frame);
      return;
    }
    performance.mark('${MARKS.end}');
    // long-task entries are queued after the task ends: give the last ones a moment
    setTimeout(() => {
      observer.disconnect();
      resolve({ frames, elapsed: now - start, longTasks, controlStart });
    }, 200);
  };
  requestAnimationFrame(frame);
})`;

export interface ProbeResult {
  frames: number;
  elapsed: number;
  longTasks: [number, number][];
  controlStart: number;
}

export const runProbe = async (page: Page, duration: number, control: boolean) =>
  (await page.evaluate(probe(duration, control))) as ProbeResult;

/** The long task that contains the moment the control started blocking, if one was recorded. */
export function controlTask(result: ProbeResult): [number, number] | undefined {
  return result.longTasks.find(
    ([start, duration]) =>
      result.controlStart >= start - 1 && result.controlStart <= start + duration,
  );
}

/**
 * Frames per second and the longest task while auto-training at maximum speed for 10 s, with the
 * diagram and the chart on screen; the idle frame rate of the same page as the ceiling; the
 * positive control, which must show up as a long task of at least CONTROL_MS; and, from a trace,
 * the longest task in CPU time, which other jobs on the machine do not inflate.
 */
export async function measureAutoTraining(browser: Browser, url: string): Promise<Row[]> {
  const { context, page } = await freshPage(browser, EXERCISE_VIEWPORT);
  try {
    await openExercise(page, url);
    await prepareAutoTraining(page, 1_000_000_000);
    const shown = async (name: string, selector: string) =>
      `${name} ${(await onScreen(exercise(page).locator(selector))) ? 'on' : 'OFF'} screen`;
    const visible = [
      await shown('diagram', '.network-diagram__figure'),
      await shown('chart', '.loss-chart'),
    ].join(', ');
    const idle = await runProbe(page, IDLE_PROBE_MS, false);
    await startButton(page).click();
    const load = loadavg()[0] as number;
    let training: ProbeResult | undefined;
    const cpu: CpuSummary = await traceCpu(browser, page, async () => {
      training = await runProbe(page, PROBE_MS, true);
    });
    if (!training) throw new Error('the probe returned nothing');
    const iterations = await shownIteration(page);
    await pauseButton(page).click();

    const fps = (frames: number, elapsed: number) => (frames * 1000) / elapsed;
    const trainingFps = fps(training.frames, training.elapsed);
    const control = controlTask(training);
    const appTasks = training.longTasks.filter((task) => task !== control);
    const longest = Math.max(0, ...appTasks.map(([, duration]) => duration));
    const controlSeen = control !== undefined && control[1] >= CONTROL_MS;
    return [
      {
        group: 'auto-training',
        metric: 'frames per second, idle page (ceiling)',
        value: fps(idle.frames, idle.elapsed).toFixed(1),
        target: '',
        meets: null,
      },
      {
        group: 'auto-training',
        metric: 'frames per second, max speed, 10 s',
        value: trainingFps.toFixed(1),
        target: `≥ ${FPS_TARGET}`,
        meets: trainingFps >= FPS_TARGET,
        note: `${visible}; ${iterations.toLocaleString('en')} iterations (includes the 100 ms control)`,
      },
      {
        group: 'auto-training',
        metric: 'longest task (control excluded)',
        value: milliseconds(longest),
        target: `≤ ${LONG_TASK_LIMIT_MS} ms`,
        meets: longest <= LONG_TASK_LIMIT_MS,
        note: `${appTasks.length} long tasks over 50 ms; machine load average ${load.toFixed(1)}`,
      },
      {
        group: 'auto-training',
        metric: 'longest task in CPU time (trace)',
        value: milliseconds(cpu.longestCpuMs),
        target: `≤ ${LONG_TASK_LIMIT_MS} ms`,
        meets: cpu.longestCpuMs <= LONG_TASK_LIMIT_MS,
        note: [
          `main thread on the CPU ${(cpu.busyShare * 100).toFixed(0)}% of the time`,
          `control task ${cpu.controlCpuMs === null ? 'NOT FOUND' : milliseconds(cpu.controlCpuMs)} CPU`,
        ].join('; '),
      },
      {
        group: 'auto-training',
        metric: `positive control: ${CONTROL_MS} ms busy task seen`,
        value: control ? `yes, ${milliseconds(control[1])}` : 'NOT SEEN',
        target: `≥ ${CONTROL_MS} ms`,
        meets: controlSeen,
        note: controlSeen
          ? 'the long-task probe works'
          : 'the probe is blind: the figures above are not trustworthy',
      },
    ];
  } finally {
    await context.close();
  }
}
