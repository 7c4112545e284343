import type { Language } from '../content/ui/messages';
import { labElementId, type LabManifest } from './define-lab';

/** Where a section's manifest lives, relative to this folder: `./<id>/manifest.ts`. */
const MANIFEST_PATH = /^\.\/([^/]+)\/manifest\.ts$/;

/**
 * The registry from the manifest modules found by path. Throws when a folder's manifest is
 * missing its export or names another id: a half-registered section fails loudly, at start-up
 * and in the tests, instead of vanishing from the lesson.
 */
export function buildLabRegistry(
  modules: Record<string, { manifest?: LabManifest }>,
): ReadonlyMap<string, LabManifest> {
  const registry = new Map<string, LabManifest>();
  for (const [path, module] of Object.entries(modules)) {
    const folder = MANIFEST_PATH.exec(path)?.[1];
    if (folder === undefined) throw new Error(`${path} is not a lab manifest's path`);
    const { manifest } = module;
    if (!manifest) throw new Error(`${path} does not export a manifest`);
    if (manifest.id !== folder) {
      throw new Error(`${path} names the section "${manifest.id}", not its folder's name`);
    }
    registry.set(folder, manifest);
  }
  return registry;
}

/** Every lab section, found once at start-up (manifests are small; the sections load lazily). */
export const LABS = buildLabRegistry(
  import.meta.glob<{ manifest?: LabManifest }>('./*/manifest.ts', { eager: true }),
);

/** The sections' ids, in the order of their folders. */
export const LAB_IDS: readonly string[] = [...LABS.keys()];

/** True when `value` names a lab section. */
export function isLabId(value: unknown): value is string {
  return typeof value === 'string' && LABS.has(value);
}

/** A section's title in `language`; the id itself for an unknown section. */
export function labTitle(id: string, language: Language): string {
  const manifest = LABS.get(id);
  return manifest ? manifest.title[language] : id;
}

/** A link to the section where the exercise's challenges are taken; none if no section holds them. */
export function challengesHref(labs: ReadonlyMap<string, LabManifest> = LABS): string | undefined {
  const holder = [...labs.values()].find((manifest) => manifest.holdsChallenges);
  return holder ? `#${labElementId(holder.id)}` : undefined;
}
