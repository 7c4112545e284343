import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import type { FrameLocator, Page } from '@playwright/test';
import { expect, PAGE_LOAD_TIMEOUT } from './fixtures';

/** Where an LMS such as Moodle serves an unpacked package from: a deep path, not the root. */
export const CONTENT = '/mod/scorm/pluginfile.php/42/content/';
export const PLAYER = '/mod/scorm/player.html';
const RUNTIME = '/mod/scorm/scorm12.min.js';
const ROOT = resolve(import.meta.dirname, '../..');

/** The title of the player's iframe. */
export const FRAME_TITLE = 'Backprop Lab';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

/** Builds the SCORM package (scripts/build-scorm.ts) into a new temporary folder, returned. */
export function buildScormPackage(): string {
  const packageDir = mkdtempSync(join(tmpdir(), 'backprop-scorm-e2e-'));
  execFileSync(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', 'scripts/build-scorm.ts', '--out', packageDir],
    { cwd: ROOT, stdio: 'pipe' },
  );
  return packageDir;
}

/** Removes a folder made by buildScormPackage. */
export function removeScormPackage(packageDir: string) {
  if (packageDir) rmSync(packageDir, { recursive: true, force: true });
}

export interface PlayerOptions {
  /** The unpacked package (buildScormPackage). */
  packageDir: string;
  /** What the LMS stored from earlier launches, loaded into scorm-again. */
  saved: unknown;
  /**
   * The frame's CSS size. Without it the frame is 1200×760 with the browser's default border;
   * with it the frame has no border, so its viewport is exactly this size.
   */
  frame?: { width: number; height: number };
}

/**
 * The LMS side, all on the test server's origin: a player page whose `window.API` is scorm-again's
 * SCORM 1.2 runtime (loaded with `saved` data, as an LMS does on a later launch) framing the
 * package's index.html, served from the deep content path. Resolves once the lesson's first quiz
 * shows in the frame.
 */
export async function openPlayer(
  page: Page,
  { packageDir, saved, frame: size }: PlayerOptions,
): Promise<FrameLocator> {
  await page.route(`**${RUNTIME}`, (route) =>
    route.fulfill({
      contentType: TYPES['.js'],
      body: readFileSync(join(ROOT, 'node_modules/scorm-again/dist/scorm12.min.js')),
    }),
  );
  const data = JSON.stringify(saved).replace(/</g, '\\u003c');
  const frameStyle = size
    ? `display:block;border:0;width:${size.width}px;height:${size.height}px`
    : 'width:1200px;height:760px';
  const bodyStyle = size ? ' style="margin:0"' : '';
  await page.route(`**${PLAYER}`, (route) =>
    route.fulfill({
      contentType: TYPES['.html'],
      body: `<!doctype html><html lang="en"><head><title>LMS player</title>
<script src="${RUNTIME}"></script>
<script>
  window.API = new Scorm12API({ autocommit: false, logLevel: 5, mastery_override: true });
  window.API.loadFromJSON(${data});
  window.finishCalls = 0;
  const finish = window.API.LMSFinish.bind(window.API);
  window.API.LMSFinish = (parameter) => { window.finishCalls++; return finish(parameter); };
</script></head>
<body${bodyStyle}><iframe title="${FRAME_TITLE}" src="${CONTENT}index.html" style="${frameStyle}"></iframe></body></html>`,
    }),
  );
  await page.route(`**${CONTENT}**`, (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname.slice(CONTENT.length));
    const file = normalize(join(packageDir, path));
    if (!file.startsWith(packageDir) || !existsSync(file)) return route.fulfill({ status: 404 });
    return route.fulfill({
      contentType: TYPES[extname(file)] ?? 'application/octet-stream',
      body: readFileSync(file),
    });
  });
  await page.goto(PLAYER);
  const frame = page.frameLocator(`iframe[title="${FRAME_TITLE}"]`);
  await expect(frame.locator('form.quiz').first()).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
  return frame;
}
