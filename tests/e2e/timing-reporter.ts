import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type {
  FullConfig,
  FullResult,
  Reporter,
  TestCase,
  TestResult,
} from '@playwright/test/reporter';

/**
 * Lists the slowest browser tests against their budgets: three times each test's duration on a
 * quiet machine (recorded in quiet-durations.json by `npm run test:e2e:calibrate`). It reports;
 * it never fails a test: a slow machine is not a defect, a test that needs most of its timeout is.
 */

/** A test's budget is this many times its quiet-machine duration. */
export const BUDGET_FACTOR = 3;
/** A budget above this share of the timeout leaves a busy machine no margin. */
const MARGIN_SHARE = 1;
const SLOWEST_SHOWN = 12;

const QUIET_FILE = fileURLToPath(new URL('./quiet-durations.json', import.meta.url));
const REPORT_FILE = fileURLToPath(
  new URL('../../test-artifacts/e2e-durations.json', import.meta.url),
);

interface Timing {
  key: string;
  duration: number;
  timeout: number;
  status: TestResult['status'];
}

/** A test's name without line numbers, stable while the file changes: "file › describe › title". */
export function testKey(test: TestCase, root: string): string {
  const file = relative(root, test.location.file).split('\\').join('/');
  return [file, ...test.titlePath().slice(3)].join(' › ');
}

function readQuiet(): Record<string, number> {
  try {
    return JSON.parse(readFileSync(QUIET_FILE, 'utf8')) as Record<string, number>;
  } catch {
    return {};
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export default class TimingReporter implements Reporter {
  private root = '';
  private timings: Timing[] = [];
  private started = 0;

  onBegin(config: FullConfig) {
    this.root = config.rootDir;
    this.started = Date.now();
  }

  onTestEnd(test: TestCase, result: TestResult) {
    // the last try of each test counts (retries are off, so there is one)
    this.timings = this.timings.filter((timing) => timing.key !== testKey(test, this.root));
    this.timings.push({
      key: testKey(test, this.root),
      duration: result.duration,
      timeout: test.timeout,
      status: result.status,
    });
  }

  onEnd(result: FullResult) {
    const quiet = readQuiet();
    const wall = Date.now() - this.started;
    const lines = [
      '',
      `Browser suite: ${this.timings.length} tests in ${seconds(wall)} (${result.status}).`,
      `Slowest tests (budget = ${BUDGET_FACTOR}× the quiet-machine time in tests/e2e/quiet-durations.json):`,
    ];
    const slowest = [...this.timings].sort((a, b) => b.duration - a.duration);
    for (const timing of slowest.slice(0, SLOWEST_SHOWN)) {
      const baseline = quiet[timing.key];
      const budget = baseline === undefined ? 'no quiet time' : seconds(BUDGET_FACTOR * baseline);
      const share = Math.round((100 * timing.duration) / timing.timeout);
      lines.push(
        `  ${seconds(timing.duration).padStart(7)}  ${String(share).padStart(3)}% of timeout  budget ${budget}  ${timing.key}`,
      );
    }
    const over = this.timings.filter(
      (timing) =>
        quiet[timing.key] !== undefined && timing.duration > BUDGET_FACTOR * quiet[timing.key]!,
    );
    const tight = this.timings.filter(
      (timing) =>
        quiet[timing.key] !== undefined &&
        BUDGET_FACTOR * quiet[timing.key]! > MARGIN_SHARE * timing.timeout,
    );
    const unknown = this.timings.filter((timing) => quiet[timing.key] === undefined);
    lines.push(
      over.length === 0
        ? 'Every test ran within its budget.'
        : `Over budget on this run (reported, not failed): ${over.map((timing) => timing.key).join('; ')}`,
    );
    if (tight.length > 0) {
      lines.push(
        `Budget beyond the timeout (make these tests lighter): ${tight.map((timing) => timing.key).join('; ')}`,
      );
    }
    if (unknown.length > 0) {
      lines.push(
        `No quiet time recorded for ${unknown.length} test(s); run npm run test:e2e:calibrate on a quiet machine.`,
      );
    }
    console.log(lines.join('\n'));

    const durations = Object.fromEntries(
      [...this.timings]
        .sort((a, b) => a.key.localeCompare(b.key))
        .map((timing) => [timing.key, timing.duration]),
    );
    mkdirSync(dirname(REPORT_FILE), { recursive: true });
    writeFileSync(REPORT_FILE, `${JSON.stringify(durations, null, 2)}\n`);
    // calibration: this run's times become the quiet baseline (only from a run where all passed)
    if (process.env.E2E_CALIBRATE === '1' && result.status === 'passed') {
      writeFileSync(QUIET_FILE, `${JSON.stringify(durations, null, 2)}\n`);
      console.log('Quiet-machine durations written to tests/e2e/quiet-durations.json.');
    }
  }

  printsToStdio() {
    return false;
  }
}
