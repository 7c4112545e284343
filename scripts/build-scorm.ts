/**
 * `npm run build:scorm [-- --out dir --mastery 70]`: the app built with relative asset paths (an
 * LMS serves packages from deep paths such as …/pluginfile.php/…/content/), a SCORM 1.2
 * imsmanifest.xml listing every file, and both zipped as <out>/backprop-lab-scorm12.zip, ready to
 * upload to Moodle as a SCORM package.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { zipSync } from 'fflate';
import { rootRelativeUrls, scormManifest } from './scorm-manifest.ts';

export const ZIP_NAME = 'backprop-lab-scorm12.zip';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'dist-scorm' },
    mastery: { type: 'string', default: '70' },
    title: { type: 'string', default: 'Backprop Lab — Retropropagação passo a passo' },
  },
});
const outDir = resolve(values.out);
const masteryScore = Number(values.mastery);
if (!Number.isFinite(masteryScore) || masteryScore < 0 || masteryScore > 100) {
  throw new Error(`--mastery must be 0–100, not ${values.mastery}`);
}

execFileSync(
  process.execPath,
  ['node_modules/vite/bin/vite.js', 'build', '--base', './', '--outDir', outDir, '--emptyOutDir'],
  { stdio: 'inherit' },
);
// Vite's own build manifest is for tooling, not for learners
rmSync(join(outDir, '.vite'), { recursive: true, force: true });

/** Every file under `directory`, as sorted '/'-separated paths relative to `outDir`. */
function filesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(directory, entry.name);
      return entry.isDirectory() ? filesUnder(path) : [relative(outDir, path).split(sep).join('/')];
    })
    .sort();
}

const files = filesUnder(outDir).filter((file) => file !== ZIP_NAME);
const absolute = files
  .filter((file) => /\.(html|css|js)$/.test(file))
  .flatMap((file) =>
    rootRelativeUrls(readFileSync(join(outDir, file), 'utf8')).map((url) => `${file}: ${url}`),
  );
if (absolute.length > 0) {
  throw new Error(`root-relative URLs would miss inside an LMS:\n${absolute.join('\n')}`);
}

const manifest = scormManifest(files, { title: values.title, masteryScore });
writeFileSync(join(outDir, 'imsmanifest.xml'), manifest);
const entries: Record<string, Uint8Array> = {
  'imsmanifest.xml': new TextEncoder().encode(manifest),
};
for (const file of files) entries[file] = readFileSync(join(outDir, file));
writeFileSync(join(outDir, ZIP_NAME), zipSync(entries, { level: 9 }));
console.log(
  `${relative(process.cwd(), join(outDir, ZIP_NAME))}: ${files.length} files and imsmanifest.xml`,
);
