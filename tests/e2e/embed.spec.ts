import type { Page } from '@playwright/test';
import { ARTIFACTS, expect, PAGE_LOAD_TIMEOUT, test } from './fixtures';

/**
 * The host side of H5P's resizer (h5p-resizer.js, as Moodle and WordPress load it): answers the
 * frame's hello, shrinks the frame to its client height on prepareResize, then sets the full
 * height on resize; sends ready to every frame on load.
 */
const H5P_HOST = `
window.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.context !== 'h5p') return;
  const iframe = [...document.getElementsByTagName('iframe')].find(
    (frame) => frame.contentWindow === event.source,
  );
  if (!iframe) return;
  const respond = (action, extra = {}) =>
    iframe.contentWindow.postMessage({ context: 'h5p', action, ...extra }, '*');
  if (data.action === 'hello') {
    iframe.style.width = '100%';
    respond('hello');
  } else if (data.action === 'prepareResize') {
    if (iframe.clientHeight !== data.scrollHeight || data.scrollHeight !== data.clientHeight) {
      iframe.style.height = data.clientHeight + 'px';
      respond('resizePrepared');
    }
  } else if (data.action === 'resize') {
    iframe.style.height = data.scrollHeight + 'px';
  }
});
for (const frame of document.getElementsByTagName('iframe')) {
  frame.contentWindow.postMessage({ context: 'h5p', action: 'ready' }, '*');
}`;

/** Canvas's listener: `{ subject: 'lti.frameResize', height }` sets the frame's height. */
const CANVAS_HOST = `
window.addEventListener('message', (event) => {
  const data = typeof event.data === 'string' ? JSON.parse(event.data) : event.data;
  if (!data || data.subject !== 'lti.frameResize') return;
  document.querySelector('iframe').style.height = data.height + 'px';
});`;

/** A host page (served from the app's origin) framing `src` in a 360 px column. */
async function openHost(page: Page, script: string, src: string) {
  const html = `<!doctype html><html lang="en"><head><title>LMS page</title></head>
<body style="margin:0"><main style="width:360px">
<iframe title="Backprop Lab" src="${src}" style="border:0;width:360px;height:150px" allow="fullscreen"></iframe>
</main><script>${script}</script></body></html>`;
  await page.route('**/lms-host.html', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: html }),
  );
  await page.goto('/lms-host.html');
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('heading', { name: 'Backpropagation – Passo a Passo' })).toBeVisible(
    { timeout: PAGE_LOAD_TIMEOUT },
  );
  return frame;
}

/** The frame's height on the host page and its content's height inside. */
async function heights(page: Page) {
  const frameHeight = await page.locator('iframe').evaluate((frame) => frame.clientHeight);
  const contentHeight = await page
    .frameLocator('iframe')
    .locator('#root')
    .evaluate((root) => Math.ceil(root.getBoundingClientRect().height));
  return { frameHeight, contentHeight };
}

for (const [host, script] of [
  ['H5P resizer', H5P_HOST],
  ['Canvas', CANVAS_HOST],
] as const) {
  test(`the widget view 360 px wide grows to its content in a ${host} host`, async ({ page }) => {
    await openHost(page, script, '/?view=widget');
    await expect
      .poll(async () => {
        const { frameHeight, contentHeight } = await heights(page);
        return Math.abs(frameHeight - contentHeight);
      })
      .toBeLessThanOrEqual(1);
    const { frameHeight } = await heights(page);
    expect(frameHeight).toBeGreaterThan(600);
    // the frame's page does not scroll sideways at 360 px
    const overflow = await page
      .frameLocator('iframe')
      .locator('html')
      .evaluate((root) => root.scrollWidth - root.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    if (host === 'H5P resizer') {
      await page.screenshot({ path: `${ARTIFACTS}/embed-h5p-360.png`, fullPage: true });
    }
  });
}

test('without a listening host the frame keeps its size and scrolls inside', async ({ page }) => {
  await openHost(page, '', '/?view=widget');
  const { frameHeight, contentHeight } = await heights(page);
  expect(frameHeight).toBe(150);
  expect(contentHeight).toBeGreaterThan(frameHeight);
});
