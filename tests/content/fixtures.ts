import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A fixture's path relative to the project root (the working directory of the test run). */
export function fixturePath(name: string): string {
  const url = new URL(`../fixtures/lessons/${name}`, import.meta.url);
  return relative(process.cwd(), fileURLToPath(url));
}

export function readFixture(name: string): string {
  return readFileSync(fixturePath(name), 'utf8');
}
