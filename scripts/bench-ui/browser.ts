import { createServer } from 'node:net';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type CDPSession,
  type Page,
} from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts';

export { CHROMIUM_PATH };

/** The viewport of the browser tests. */
export const VIEWPORT = { width: 1280, height: 800 };

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/** Chromium with the tests' flags; `debuggingPort` also opens a DevTools port (for Lighthouse). */
export function launchChromium(debuggingPort?: number): Promise<Browser> {
  const args = [...CHROMIUM_ARGS];
  if (debuggingPort !== undefined) args.push(`--remote-debugging-port=${debuggingPort}`);
  return chromium.launch({ executablePath: CHROMIUM_PATH, args });
}

/** A fresh context (empty cache and storage) with one page and its DevTools session. */
export async function freshPage(
  browser: Browser,
  viewport = VIEWPORT,
): Promise<{ context: BrowserContext; page: Page; cdp: CDPSession }> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  return { context, page, cdp };
}

/** Used JS heap after a forced full garbage collection, in bytes. */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.enable');
  for (let pass = 0; pass < 2; pass++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}
