import { expect, openLesson, test } from './fixtures';

/** The embeddable views, as an LMS page frames them. */
const VIEWS = [
  '/?view=widget',
  '/?view=quiz&id=q-3-1',
  '/?view=lab&id=architecture',
  '/?view=lab&id=optimizer-race',
];

for (const width of [320, 1920]) {
  for (const url of VIEWS) {
    test(`${url} is laid out at ${width} px with nothing scrolling the page sideways`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await openLesson(page, url);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      // no page chrome: the header and footer of the lesson are not there
      await expect(page.locator('.site-header, .site-footer')).toHaveCount(0);
    });
  }
}
