import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** src/labs/, where each lab section is a folder with a manifest. */
export const LABS_FOLDER = fileURLToPath(new URL('../../../labs/', import.meta.url));

/**
 * The lab sections that exist, read from the file system as the app's registry finds them: the
 * folders of `folder` that hold a `manifest.ts`. For the checks the build and lesson:check run.
 */
export function labFolderIds(folder: string = LABS_FOLDER): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(folder, entry.name, 'manifest.ts')))
    .map((entry) => entry.name)
    .sort();
}
