import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One entry of Vite's build manifest (dist/.vite/manifest.json). */
interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
}

export type Manifest = Record<string, ManifestChunk>;

export function readManifest(outDir: string): Manifest {
  return JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
}

/** The key of the chunk built from the module whose path ends with `suffix`, if it has its own. */
export function keyEndingWith(manifest: Manifest, suffix: string): string | undefined {
  return Object.keys(manifest).find((candidate) => candidate.endsWith(suffix));
}

/** The files (as URL paths) a chunk needs before it runs: itself, its static imports, their CSS. */
export function chunkFiles(
  manifest: Manifest,
  key: string | undefined,
  into = new Set<string>(),
): Set<string> {
  const chunk = key === undefined ? undefined : manifest[key];
  if (!chunk || into.has(`/${chunk.file}`)) return into;
  into.add(`/${chunk.file}`);
  for (const css of chunk.css ?? []) into.add(`/${css}`);
  for (const imported of chunk.imports ?? []) chunkFiles(manifest, imported, into);
  return into;
}
