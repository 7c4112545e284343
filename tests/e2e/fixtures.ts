import { test as base, expect } from '@playwright/test';

/** Where screenshots go; git ignores it. */
export const ARTIFACTS = 'test-artifacts/screenshots';

/**
 * A page that records console errors, page errors and requests to other hosts, so each test can
 * assert the app stayed clean.
 */
export const test = base.extend<{ problems: string[] }>({
  problems: async ({ page, baseURL }, use) => {
    const problems: string[] = [];
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol.startsWith('http') && url.origin !== origin) {
        problems.push(`request to another host: ${request.url()}`);
      }
    });
    await use(problems);
  },
});

export { expect };
