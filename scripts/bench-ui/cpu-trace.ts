import type { Browser, Page } from '@playwright/test';

/** Marks the probe puts on the page's timeline, found again in the trace. */
export const MARKS = {
  start: 'bench-ui-probe-start',
  end: 'bench-ui-probe-end',
  control: 'bench-ui-control',
} as const;

/** What Chromium calls one main-thread task in a trace, in recent and older versions. */
const TASK_EVENTS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, in µs: what the task really used, however busy the machine was. */
  tdur?: number;
  pid: number;
  tid: number;
}

/** The page's main-thread tasks between the probe's marks, in CPU time. */
export interface CpuSummary {
  /** Share of the probe's wall time the main thread spent on the CPU. */
  busyShare: number;
  /** The longest task in CPU time, the control's task left out. */
  longestCpuMs: number;
  /** CPU time of the task that ran the control (≈ its length when the trace works). */
  controlCpuMs: number | null;
}

/**
 * Records a Chromium trace (top-level tasks and user timing only: light) around `run`, and sums
 * up the renderer main thread's tasks by CPU time. On a machine shared with other jobs, wall-clock
 * task lengths include time the thread waited for a core; CPU time does not.
 */
export async function traceCpu(
  browser: Browser,
  page: Page,
  run: () => Promise<void>,
): Promise<CpuSummary> {
  await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing'] });
  await run();
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as {
    traceEvents: TraceEvent[];
  };
  const mark = (name: string) => traceEvents.find((event) => event.name === name);
  const start = mark(MARKS.start);
  const end = mark(MARKS.end);
  if (!start || !end) throw new Error('the probe marks are missing from the trace');
  const control = mark(MARKS.control);
  // user-timing marks are recorded on the page's main thread
  const tasks = traceEvents.filter(
    (event) =>
      event.ph === 'X' &&
      TASK_EVENTS.has(event.name) &&
      event.pid === start.pid &&
      event.tid === start.tid &&
      event.ts >= start.ts &&
      event.ts <= end.ts,
  );
  const contains = (task: TraceEvent, at: TraceEvent | undefined) =>
    at !== undefined && task.ts <= at.ts && at.ts <= task.ts + (task.dur ?? 0);
  const controlTask = tasks.find((task) => contains(task, control));
  const cpuMs = (task: TraceEvent) => (task.tdur ?? 0) / 1000;
  const busy = tasks.reduce((total, task) => total + cpuMs(task), 0);
  return {
    busyShare: busy / ((end.ts - start.ts) / 1000),
    longestCpuMs: Math.max(0, ...tasks.filter((task) => task !== controlTask).map(cpuMs)),
    controlCpuMs: controlTask ? cpuMs(controlTask) : null,
  };
}
