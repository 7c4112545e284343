import type { FrameLocator, Locator } from '@playwright/test';
import { expect, PAGE_LOAD_TIMEOUT, test } from './fixtures';
import { buildScormPackage, openPlayer, removeScormPackage } from './lms-player';

/**
 * The frames Moodle 4.3 gives its SCORM player (it sizes the frame itself and ignores resize
 * messages): a 390 px phone, a 1280 px window beside its contents panel, a 1920 px window.
 */
const FRAMES = [
  { width: 367, height: 666 },
  { width: 650, height: 666 },
  { width: 1121, height: 806 },
];

let packageDir = '';

test.beforeAll(() => {
  packageDir = buildScormPackage();
});

test.afterAll(() => {
  removeScormPackage(packageDir);
});

// a Brazilian learner's browser: the lesson in pt-BR
test.use({ locale: 'pt-BR' });

/** The places the lesson fills in as the learner scrolls near them (lab sections, lazy widgets). */
const PENDING = '.lab-placeholder, .widget-placeholder';

/** Scrolls the frame to each part still loading until the whole lesson has arrived. */
async function loadEverything(frame: FrameLocator) {
  const root = frame.locator(':root');
  await expect(async () => {
    const pending = await root.evaluate((_, selector) => {
      document.querySelector(selector)?.scrollIntoView({ block: 'center', behavior: 'instant' });
      return document.querySelectorAll(selector).length;
    }, PENDING);
    expect(pending, 'parts of the lesson still loading').toBe(0);
  }).toPass({ timeout: 4 * PAGE_LOAD_TIMEOUT });
}

/**
 * How the frame's document scrolls: how far it overflows sideways, whether it scrolls down, and
 * every other element that scrolls vertically (its overflow lets it and its content is taller).
 * Elements that only scroll sideways (wide formulas, code and tables) are counted apart: they
 * stay inside the page's width and pass the wheel on to it.
 */
async function scrolling(frame: FrameLocator) {
  return frame.locator(':root').evaluate(() => {
    const describe = (element: Element) =>
      element.tagName.toLowerCase() +
      (element.id ? `#${element.id}` : '') +
      [...element.classList].map((name) => `.${name}`).join('');
    const scrolls = (value: string) => value === 'auto' || value === 'scroll';
    const page = document.scrollingElement as HTMLElement;
    const vertical: string[] = [];
    let sideways = 0;
    for (const element of document.body.querySelectorAll('*')) {
      const style = getComputedStyle(element);
      if (scrolls(style.overflowY) && element.scrollHeight > element.clientHeight) {
        vertical.push(`${describe(element)} ${element.scrollHeight} > ${element.clientHeight}`);
      }
      if (scrolls(style.overflowX) && element.scrollWidth > element.clientWidth) sideways++;
    }
    return {
      sidewaysOverflow: page.scrollWidth - page.clientWidth,
      pageScrollsDown:
        page.scrollHeight > page.clientHeight &&
        getComputedStyle(page).overflowY !== 'hidden' &&
        getComputedStyle(document.body).overflowY !== 'hidden',
      otherVerticalScrollers: vertical,
      sidewaysScrollers: sideways,
    };
  });
}

/**
 * Scrolls the frame so that `fraction` of the way down the diagram sits at the same fraction of
 * the frame's height (0: its top at the frame's top; 1: its bottom at the frame's bottom), then
 * tells how much of the diagram shows, where the "Próximo passo" button is, and whether it is
 * what is drawn at its own centre (nothing covers it).
 */
async function scrollDiagram(frame: FrameLocator, fraction: number) {
  return frame.locator('#backprop-widget').evaluate((widget, at) => {
    const svg = widget.querySelector('.network-diagram__svg');
    const next = [...widget.querySelectorAll('button')].find(
      (button) => button.textContent === 'Próximo passo',
    );
    if (!svg || !next) throw new Error('no diagram or no "Próximo passo" button');
    const diagram = svg.getBoundingClientRect();
    const target = scrollY + diagram.top + at * diagram.height - at * innerHeight;
    window.scrollTo({ top: target, behavior: 'instant' });
    const shown = svg.getBoundingClientRect();
    const button = next.getBoundingClientRect();
    const hit = document.elementFromPoint(
      (button.left + button.right) / 2,
      (button.top + button.bottom) / 2,
    );
    return {
      diagramInView:
        Math.min(shown.bottom, innerHeight) - Math.max(shown.top, 0) >=
        Math.min(shown.height, innerHeight) / 2,
      buttonInFrame:
        button.top >= 0 &&
        button.bottom <= innerHeight &&
        button.left >= 0 &&
        button.right <= innerWidth,
      buttonUncovered: hit !== null && next.contains(hit),
    };
  }, fraction);
}

/** Whether `locator`'s element has the focus. */
function isFocused(locator: Locator) {
  return locator.evaluate((element) => element === document.activeElement);
}

for (const size of FRAMES) {
  test(`fits a ${size.width}×${size.height} LMS frame: one scrolling page, step controls with the diagram`, async ({
    page,
  }) => {
    const frame = await openPlayer(page, { packageDir, saved: {}, frame: size });
    const widget = frame.locator('#backprop-widget');
    await expect(widget.getByRole('heading', { level: 2 })).toBeVisible({
      timeout: PAGE_LOAD_TIMEOUT,
    });
    await loadEverything(frame);

    // nothing scrolls sideways, and the frame's page is the only thing that scrolls down
    await expect
      .poll(async () => {
        const { sidewaysOverflow, pageScrollsDown, otherVerticalScrollers } =
          await scrolling(frame);
        return { sidewaysOverflow, pageScrollsDown, otherVerticalScrollers };
      })
      .toEqual({ sidewaysOverflow: 0, pageScrollsDown: true, otherVerticalScrollers: [] });
    test.info().annotations.push({
      type: 'sideways scrollers',
      description: `${(await scrolling(frame)).sidewaysScrollers} formulas, code blocks and tables`,
    });

    // wherever the diagram is in view, top to bottom, "Próximo passo" is in the frame, uncovered
    for (const fraction of [0, 0.5, 1]) {
      await expect
        .poll(() => scrollDiagram(frame, fraction), {
          message: `"Próximo passo" with the diagram ${fraction * 100}% of the way down`,
        })
        .toEqual({ diagramInView: true, buttonInFrame: true, buttonUncovered: true });
    }

    // by keyboard: from the diagram back to "Próximo passo", which steps with the diagram still in
    // view; forward again, the diagram's first element shows clear of the controls, not beneath them
    const svg = widget.locator('.network-diagram__svg');
    const first = svg.locator('[tabindex="0"]').first();
    const next = widget.getByRole('button', { name: 'Próximo passo', exact: true });
    await first.focus();
    for (let presses = 0; presses < 10 && !(await isFocused(next)); presses++) {
      await page.keyboard.press('Shift+Tab');
    }
    await expect(next).toBeFocused();
    const progress = widget.locator('.phase-progress');
    const before = (await progress.textContent()) ?? '';
    await page.keyboard.press('Enter');
    await expect(progress).not.toHaveText(before);
    const diagramShown = await svg.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return Math.min(box.bottom, innerHeight) - Math.max(box.top, 0);
    });
    expect(diagramShown, 'the diagram in view after stepping').toBeGreaterThan(0);
    // the diagram's top just under the controls: tabbing into it brings it out from under them
    await scrollDiagram(frame, 0);
    for (let presses = 0; presses < 10 && !(await isFocused(first)); presses++) {
      await page.keyboard.press('Tab');
    }
    await expect(first).toBeFocused();
    await expect
      .poll(
        () =>
          first.evaluate((element) => {
            const box = element.getBoundingClientRect();
            const controls = element
              .closest('#backprop-widget')
              ?.querySelector('.step-buttons')
              ?.getBoundingClientRect();
            // the controls sit above the diagram, or (a narrow frame) in a bar at the bottom
            const covered =
              controls !== undefined && box.bottom > controls.top && box.top < controls.bottom;
            return !covered && box.top >= 0 && box.bottom <= innerHeight;
          }),
        { message: "the diagram's focused element clear of the step controls, in the frame" },
      )
      .toBe(true);
  });
}
