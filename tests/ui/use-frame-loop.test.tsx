import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LATE_FRAME_MS } from '../../src/ui/frame-budget';
import { MAX_ELAPSED_MS, useFrameLoop, type FrameTime } from '../../src/ui/use-frame-loop';
import { FRAME_BUDGET_MS } from '../../src/store/auto-speed';

/** Animation frames run only when the test flushes them, at the time stamp it gives. */
let frames = new Map<number, FrameRequestCallback>();
let nextId = 1;
function frameAt(now: number) {
  const pending = [...frames.values()];
  frames = new Map();
  act(() => pending.forEach((callback) => callback(now)));
}

beforeEach(() => {
  frames = new Map();
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    frames.set(nextId, callback);
    return nextId++;
  });
  vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
});
afterEach(() => vi.unstubAllGlobals());

/** A loop whose work records what each frame was given, and that stops after `frames` frames. */
function setUp(limit = Infinity, pauseOnUnmount?: boolean) {
  const seen: FrameTime[] = [];
  const pause = vi.fn();
  let running = true;
  const hook = renderHook(
    ({ on }: { on: boolean }) =>
      useFrameLoop({
        running: on,
        advance: (time) => {
          seen.push(time);
          if (seen.length >= limit) running = false;
        },
        stillRunning: () => running,
        pause,
        ...(pauseOnUnmount === undefined ? {} : { pauseOnUnmount }),
      }),
    { initialProps: { on: true } },
  );
  return { seen, pause, hook, restart: () => (running = true) };
}

describe('useFrameLoop, the one frame loop of the exercise and the labs', () => {
  it('does one frame’s work per animation frame, with the time since the last', () => {
    const { seen } = setUp();
    frameAt(1000);
    frameAt(1016);
    frameAt(1016 + 10_000); // a stalled tab
    expect(seen.map((time) => time.elapsedMs)).toEqual([0, 16, MAX_ELAPSED_MS]);
    expect(seen.map((time) => time.first)).toEqual([true, false, false]);
  });

  it('gives the frame budget, halved after a late frame and grown back after one on time', () => {
    const { seen } = setUp();
    frameAt(0);
    frameAt(2 * LATE_FRAME_MS);
    frameAt(2 * LATE_FRAME_MS + 10);
    const budgets = seen.map((time) => time.budgetMs);
    expect(budgets[0]).toBe(FRAME_BUDGET_MS);
    expect(budgets[1]).toBe(FRAME_BUDGET_MS / 2);
    expect(budgets[2]).toBeCloseTo(FRAME_BUDGET_MS / 2 + 0.1, 12);
  });

  it('ends when the work stops itself, and starts again, first frame first, when told to run', () => {
    const { seen, hook, restart } = setUp(2);
    frameAt(0);
    frameAt(16);
    frameAt(32);
    expect(seen).toHaveLength(2);
    expect(frames.size).toBe(0);
    restart();
    hook.rerender({ on: false });
    hook.rerender({ on: true });
    frameAt(500);
    expect(seen).toHaveLength(3);
    expect(seen[2]).toMatchObject({ first: true, elapsedMs: 0 });
  });

  it('pauses when the page is hidden, and when the component unmounts', () => {
    const { pause, hook } = setUp();
    frameAt(0);
    const hidden = vi.spyOn(document, 'hidden', 'get').mockReturnValue(true);
    document.dispatchEvent(new Event('visibilitychange'));
    hidden.mockRestore();
    expect(pause).toHaveBeenCalledTimes(1);
    hook.unmount();
    expect(pause).toHaveBeenCalledTimes(2);
    expect(frames.size).toBe(0);
  });

  it('leaves the work running on unmount when asked to (the exercise keeps training)', () => {
    const { pause, hook } = setUp(Infinity, false);
    frameAt(0);
    hook.unmount();
    expect(pause).not.toHaveBeenCalled();
    expect(frames.size).toBe(0);
  });
});
