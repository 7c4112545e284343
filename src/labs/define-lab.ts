import type { ComponentType } from 'react';
import type { MessageTables } from '../content/ui/define-messages';
import type { Language } from '../content/ui/messages';

/** One section's interface strings: the same keys in both languages (see defineMessages). */
export type LabMessages<Key extends string = string> = MessageTables<Key>;

/**
 * Everything the app knows of a lab section before its code is fetched. A section is the folder
 * `src/labs/<id>/` with a `manifest.ts` exporting `manifest`; the registry finds it by that path.
 * Its strings (messages.ts) arrive with its code: only the title is here, in both languages.
 */
export interface LabManifest {
  /** The section's one name: its folder, `data-lab="…"` in the lesson files, `?view=lab&id=…`. */
  id: string;
  /** Its title (lists, links and embeds show it before the code arrives), from its title.ts. */
  title: Readonly<Record<Language, string>>;
  /** True for the section where the exercise's challenges are taken: the quiz progress links to it. */
  holdsChallenges?: boolean;
  /** Fetches the section: its component, store and model, in a chunk of their own. */
  load: () => Promise<{ default: ComponentType }>;
}

/** The id of a section's element in the page, the target of links to it. */
export function labElementId(id: string): string {
  return `lab-${id}`;
}

/** A lab section's manifest, checked for its fields. */
export function defineLab(manifest: LabManifest): LabManifest {
  return manifest;
}
