/**
 * The README's screenshots, from the production build in dist/ (`npm run screenshots` builds it):
 * the exercise at 1280×800, 1920×1080, on a 375×740 phone and in projector mode at 1280×720, the
 * lesson's first screen, and each lab section. Written to docs/screenshots/ (the README shows
 * them) and to test-artifacts/screenshots/readme/ (kept with the test artifacts).
 */
import { copyFile, mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { freePort } from './bench-ui/browser.ts';
import { startPreview } from './bench-ui/preview-server.ts';

const README_FOLDER = 'docs/screenshots';
const ARTIFACT_FOLDER = 'test-artifacts/screenshots/readme';
const LOADED = { timeout: 30_000 };

interface Shot {
  name: string;
  path: string;
  viewport: { width: number; height: number };
  /** Brings the page to what the picture shows, once it has loaded. */
  prepare: (page: Page) => Promise<void>;
}

/** Steps the exercise `count` phases by its "Próximo passo", the bar scrolled to the top. */
const stepExercise = (count: number) => async (page: Page) => {
  const widget = page.locator('#backprop-widget');
  await widget.getByRole('heading', { level: 2 }).waitFor(LOADED);
  await widget.locator('.exercise-topbar').evaluate((bar) => bar.scrollIntoView());
  const next = widget.getByRole('button', { name: 'Próximo passo', exact: true });
  for (let step = 0; step < count; step++) await next.click();
};

/** The lab section folders: each one with a manifest.ts. */
async function labIds(): Promise<string[]> {
  const folders = await readdir('src/labs');
  const found = await Promise.all(
    folders.map(async (folder) => {
      const manifest = await stat(join('src/labs', folder, 'manifest.ts')).catch(() => null);
      return manifest ? folder : null;
    }),
  );
  return found.filter((folder): folder is string => folder !== null);
}

async function shots(): Promise<Shot[]> {
  const exercise: Shot[] = [
    {
      name: 'exercise-1280x800',
      path: '/?view=widget',
      viewport: { width: 1280, height: 800 },
      prepare: stepExercise(5),
    },
    {
      name: 'exercise-1920x1080',
      path: '/?view=widget',
      viewport: { width: 1920, height: 1080 },
      prepare: stepExercise(5),
    },
    {
      name: 'exercise-375x740',
      path: '/?view=widget',
      viewport: { width: 375, height: 740 },
      prepare: async (page) => {
        await stepExercise(4)(page);
        await page
          .locator('.network-diagram__svg')
          .evaluate((svg) => svg.scrollIntoView({ block: 'center' }));
      },
    },
    {
      name: 'exercise-projector-1280x720',
      path: '/?mode=projector',
      viewport: { width: 1280, height: 720 },
      prepare: stepExercise(4),
    },
    {
      name: 'lesson-top',
      path: '/',
      viewport: { width: 1280, height: 800 },
      prepare: (page) => page.getByRole('heading', { level: 1 }).first().waitFor(LOADED),
    },
  ];
  const labs = (await labIds()).map<Shot>((id) => ({
    name: `lab-${id}`,
    path: `/?view=lab&id=${id}`,
    viewport: { width: 1280, height: 800 },
    prepare: (page) =>
      page.locator('section.lab').getByRole('heading', { level: 1 }).waitFor(LOADED),
  }));
  return [...exercise, ...labs];
}

async function main() {
  await mkdir(README_FOLDER, { recursive: true });
  await mkdir(ARTIFACT_FOLDER, { recursive: true });
  const server = await startPreview(await freePort());
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    for (const shot of await shots()) {
      const page = await browser.newPage({ viewport: shot.viewport });
      await page.goto(new URL(shot.path, server.url).href);
      await shot.prepare(page);
      // the fonts, and the last frame of a step's motion
      await page.evaluate(() => document.fonts.ready);
      await page.waitForFunction(() =>
        document.getAnimations().every((animation) => animation.playState !== 'running'),
      );
      const file = `${ARTIFACT_FOLDER}/${shot.name}.png`;
      await page.screenshot({ path: file });
      await copyFile(file, `${README_FOLDER}/${shot.name}.png`);
      console.log(`${shot.name}.png`);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

await main();
