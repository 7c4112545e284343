// @vitest-environment node
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { labFolderIds, LABS_FOLDER } from '../../src/content/lesson/loader/lab-folders';
import { LANGUAGES, MESSAGES } from '../../src/content/ui/messages';
import { labElementId, type LabManifest, type LabMessages } from '../../src/labs/define-lab';
import {
  buildLabRegistry,
  challengesHref,
  LAB_IDS,
  LABS,
  labTitle,
} from '../../src/labs/lab-registry';

const LESSON_FILES = ['lesson.pt-BR.md', 'lesson.en.md'].map((name) =>
  readFileSync(new URL(`../../src/content/lesson/${name}`, import.meta.url), 'utf8'),
);
/** The `data-lab` ids a lesson file's placeholders name, in order. */
const placeholders = (source: string) =>
  [...source.matchAll(/<div id="lab" data-lab="([^"]+)"><\/div>/g)].map((match) => match[1]);

/** Every section's strings, which load with its code (each messages.ts exports one table). */
const MESSAGE_MODULES = import.meta.glob<Record<string, LabMessages>>(
  '../../src/labs/*/messages.ts',
  {
    eager: true,
  },
);
function sectionMessages(id: string): LabMessages {
  const module = MESSAGE_MODULES[`../../src/labs/${id}/messages.ts`];
  const tables = module ? Object.values(module) : [];
  expect(tables, `${id}/messages.ts exports one table`).toHaveLength(1);
  return tables[0]!;
}

const temporary: string[] = [];
afterEach(() => {
  for (const folder of temporary.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('the lab registry, built from the manifests', () => {
  it('holds one section per folder of src/labs, each named as its folder', () => {
    const folders = readdirSync(LABS_FOLDER, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
      .map((entry) => entry.name)
      .sort();
    // a folder without a manifest.ts is a section that would silently never be drawn
    expect(labFolderIds()).toEqual(folders);
    expect([...LAB_IDS].sort()).toEqual(folders);
    for (const [id, manifest] of LABS) expect(manifest.id).toBe(id);
  });

  it('names in each lesson file exactly the sections that exist, each once', () => {
    for (const source of LESSON_FILES) {
      const ids = placeholders(source);
      expect([...ids].sort()).toEqual([...LAB_IDS].sort());
    }
  });

  it('gives every section a title in both languages, the same as its own strings’ title', () => {
    for (const id of LAB_IDS) {
      const titles = LANGUAGES.map((language) => labTitle(id, language));
      for (const title of titles) expect(title).not.toBe(id);
      expect(new Set(titles).size, id).toBe(2);
      const messages = sectionMessages(id);
      for (const language of LANGUAGES) {
        expect(Object.values(messages[language]), `${id} in ${language}`).toContain(
          labTitle(id, language),
        );
      }
    }
  });

  it('keeps each section’s strings apart from the app’s and from every other section’s', () => {
    const seen = new Map<string, string>(Object.keys(MESSAGES['pt-BR']).map((key) => [key, 'app']));
    for (const id of LAB_IDS) {
      const messages = sectionMessages(id);
      expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages['pt-BR']).sort());
      for (const key of Object.keys(messages['pt-BR'])) {
        expect(seen.get(key), `${key} in ${id}`).toBeUndefined();
        seen.set(key, id);
      }
    }
  });

  it('links the quiz progress to the one section that holds the challenges, by its element id', () => {
    const holders = [...LABS.values()].filter((manifest) => manifest.holdsChallenges);
    expect(holders).toHaveLength(1);
    const [holder] = holders as [LabManifest];
    expect(challengesHref()).toBe(`#${labElementId(holder.id)}`);
    const others = new Map([...LABS].filter(([id]) => id !== holder.id));
    expect(challengesHref(others)).toBeUndefined();
  });

  it('refuses a manifest without its export or named after another folder', () => {
    const manifest = LABS.get(LAB_IDS[0] ?? '') as LabManifest;
    expect(() => buildLabRegistry({ './empty/manifest.ts': {} })).toThrow(/does not export/);
    expect(() => buildLabRegistry({ './elsewhere/manifest.ts': { manifest } })).toThrow(
      /not its folder's name/,
    );
    expect(
      buildLabRegistry({ [`./${manifest.id}/manifest.ts`]: { manifest } }).get(manifest.id),
    ).toBe(manifest);
  });

  it('picks up a tenth section from nothing but its folder and manifest', async () => {
    const root = mkdtempSync(join(tmpdir(), 'labs-'));
    temporary.push(root);
    mkdirSync(join(root, 'tenth-section'));
    mkdirSync(join(root, 'not-a-section'));
    const stub = join(root, 'tenth-section', 'manifest.ts');
    writeFileSync(
      stub,
      [
        'export const manifest = {',
        "  id: 'tenth-section',",
        "  title: { 'pt-BR': 'Décima', en: 'Tenth' },",
        '  load: async () => ({ default: () => null }),',
        '};',
      ].join('\n'),
    );
    // what the build and lesson:check see: a folder with a manifest, and no other
    expect(labFolderIds(root)).toEqual(['tenth-section']);
    // what the app's registry makes of the module its glob finds at that path
    const module = (await import(/* @vite-ignore */ pathToFileURL(stub).href)) as {
      manifest: LabManifest;
    };
    const registry = buildLabRegistry({ './tenth-section/manifest.ts': module });
    expect(registry.get('tenth-section')?.title.en).toBe('Tenth');
  });
});
