import type { Page } from '@playwright/test';
import { exercise, expect, openLesson, test } from './fixtures';

/**
 * A step's flow in a real browser: after "Próximo passo", the diagram's animations (Web
 * Animations, as document.getAnimations() lists them) play once, on transform and opacity only,
 * and end within 400–600 ms; none while auto-training runs or when the reader prefers reduced
 * motion. It reads each animation's declared timing, never the clock.
 */

/** One animation as the page declared it. */
interface RecordedAnimation {
  /** Its element is part of the exercise's diagram. */
  inDiagram: boolean;
  /** The element: tag and data-motion (or class). */
  target: string;
  delay: number;
  duration: number;
  iterations: number;
  /** delay + active duration + end delay (getComputedTiming). */
  endTime: number;
  /** The CSS properties its keyframes animate. */
  properties: string[];
}

declare global {
  interface Window {
    /** Every animation document.getAnimations() listed since recordAnimations, once each. */
    __animations?: RecordedAnimation[];
  }
}

/**
 * Looks at document.getAnimations() on every frame from now on and records each animation once,
 * so none is missed however soon it ends after the click.
 */
async function recordAnimations(page: Page) {
  await page.evaluate(() => {
    const seen = new Set<Animation>();
    const recorded: RecordedAnimation[] = [];
    window.__animations = recorded;
    const look = () => {
      for (const animation of document.getAnimations()) {
        if (seen.has(animation)) continue;
        seen.add(animation);
        const effect = animation.effect as KeyframeEffect | null;
        const target = effect?.target ?? null;
        const timing = effect?.getTiming();
        const frames = effect?.getKeyframes() ?? [];
        const meta = new Set(['offset', 'computedOffset', 'easing', 'composite']);
        recorded.push({
          inDiagram: target?.closest('.network-diagram') != null,
          target: target
            ? `${target.tagName} ${target.getAttribute('data-motion') ?? target.getAttribute('class') ?? ''}`
            : '',
          delay: Number(timing?.delay ?? 0),
          duration: Number(timing?.duration ?? Number.NaN),
          iterations: Number(timing?.iterations ?? 1),
          endTime: Number(effect?.getComputedTiming().endTime ?? Number.NaN),
          properties: [
            ...new Set(
              frames.flatMap((frame) => Object.keys(frame).filter((key) => !meta.has(key))),
            ),
          ],
        });
      }
      requestAnimationFrame(look);
    };
    look();
  });
}

/** The diagram's animations recorded so far, and the log emptied. */
async function takeRecorded(page: Page): Promise<RecordedAnimation[]> {
  return page.evaluate(() => {
    const recorded = (window.__animations ?? []).filter((animation) => animation.inDiagram);
    window.__animations?.splice(0);
    return recorded;
  });
}

/** Resolves after the page has drawn `count` more frames (so the recorder has looked). */
async function frames(page: Page, count = 3) {
  await page.evaluate(async (remaining) => {
    for (let frame = 0; frame < remaining; frame++) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  }, count);
}

/** Animations of the diagram still running or filling. */
async function diagramAnimations(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      document
        .getAnimations()
        .filter((animation) =>
          ((animation.effect as KeyframeEffect | null)?.target ?? null)?.closest(
            '.network-diagram',
          ),
        ).length,
  );
}

/** Presses "Próximo passo" and waits for the phase shown to change. */
async function step(page: Page) {
  const widget = exercise(page);
  const progress = widget.locator('.phase-progress');
  const before = (await progress.textContent()) ?? '';
  await widget.getByRole('button', { name: 'Próximo passo', exact: true }).click();
  await expect(progress).not.toHaveText(before);
}

const PHASES = [
  'forward, hidden layer',
  'forward, output',
  'loss',
  'backward, output',
  'backward, hidden layer',
  'update',
] as const;

test('each of the six steps plays its flow once, within 400–600 ms, on transform and opacity only', async ({
  page,
}) => {
  await openLesson(page, '/?view=widget');
  const widget = exercise(page);
  await widget.getByRole('checkbox', { name: 'Mostrar gradientes' }).check();
  await recordAnimations(page);
  await frames(page);
  // turning the gradients on is no step
  expect(await takeRecorded(page)).toEqual([]);
  for (const phase of PHASES) {
    await step(page);
    await expect
      .poll(async () => (await page.evaluate(() => window.__animations?.length)) ?? 0, {
        message: `${phase}: animations after the click`,
      })
      .toBeGreaterThan(0);
    await frames(page);
    const animations = await takeRecorded(page);
    expect(animations.length, phase).toBeGreaterThan(0);
    for (const animation of animations) {
      const name = `${phase}: ${animation.target}`;
      expect(animation.iterations, name).toBe(1);
      expect(animation.duration, name).toBeGreaterThan(0);
      expect(animation.endTime, name).toBeCloseTo(animation.delay + animation.duration, 6);
      expect(animation.endTime, name).toBeLessThanOrEqual(600);
      for (const property of animation.properties) {
        expect(['transform', 'opacity'], name).toContain(property);
      }
    }
    const whole = Math.max(...animations.map((animation) => animation.endTime));
    expect(whole, phase).toBeGreaterThanOrEqual(400);
    expect(whole, phase).toBeLessThanOrEqual(600);
    const targets = animations.map((animation) => animation.target);
    if (phase.startsWith('forward') || phase === 'loss') {
      expect(
        targets.filter((target) => target.includes('network-diagram__pulse--forward')).length,
        phase,
      ).toBeGreaterThan(0);
    }
    if (phase.startsWith('backward')) {
      expect(
        targets.filter((target) => target.includes('network-diagram__pulse--backward')).length,
        phase,
      ).toBeGreaterThan(0);
      // the gradients shown appear as the pulses arrive
      expect(
        targets.filter((target) => target.includes('gradient:')).length,
        phase,
      ).toBeGreaterThan(0);
    }
    if (phase === 'update') {
      // 6 edges old → new (two lines each) and 9 new values
      expect(targets.filter((target) => target.includes('edge')).length).toBe(12);
      expect(targets.filter((target) => target.includes('updated:')).length).toBe(9);
    }
    // and every one of them ends: nothing is left running or filling
    await expect.poll(() => diagramAnimations(page), { message: `${phase}: finished` }).toBe(0);
  }
});

test('with prefers-reduced-motion: reduce, no step animates', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openLesson(page, '/?view=widget');
  await exercise(page).getByRole('checkbox', { name: 'Mostrar gradientes' }).check();
  await recordAnimations(page);
  for (let press = 0; press < PHASES.length + 1; press++) {
    await step(page);
    await frames(page);
    expect(await diagramAnimations(page)).toBe(0);
  }
  expect(await takeRecorded(page)).toEqual([]);
});

for (const speed of [
  { name: 'the default speed', option: null },
  { name: 'slow motion, one phase at a time', option: '1' },
]) {
  test(`nothing animates while auto-training runs (${speed.name})`, async ({ page }) => {
    await openLesson(page, '/?view=widget');
    const widget = exercise(page);
    await widget.getByRole('checkbox', { name: 'Mostrar gradientes' }).check();
    if (speed.option) {
      // the speed is among the settings
      const select = widget.getByRole('combobox', { name: 'Velocidade' });
      if (!(await select.isVisible())) {
        await widget.getByRole('button', { name: 'Configurações' }).click();
      }
      await select.selectOption(speed.option);
    }
    await recordAnimations(page);
    const progress = widget.locator('.phase-progress');
    const before = (await progress.textContent()) ?? '';
    await widget.getByRole('button', { name: 'Treinar automático' }).click();
    await expect(widget.getByRole('button', { name: 'Pausar' })).toBeVisible();
    // it has moved on by a few phases or iterations
    await expect(progress).not.toHaveText(before);
    const moved = (await progress.textContent()) ?? '';
    await expect(progress).not.toHaveText(moved);
    await frames(page);
    await widget.getByRole('button', { name: 'Pausar' }).click();
    await frames(page);
    expect(await takeRecorded(page)).toEqual([]);
  });
}
