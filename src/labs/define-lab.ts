import type { ComponentType } from 'react';
import type { MessageTables } from '../content/ui/define-messages';

/** One section's interface strings: the same keys in both languages (see defineMessages). */
export type LabMessages<Key extends string = string> = MessageTables<Key>;

/**
 * Everything the app knows of a lab section before its code is fetched. A section is the folder
 * `src/labs/<id>/` with a `manifest.ts` exporting `manifest`; the registry finds it by that path.
 */
export interface LabManifest<Key extends string = string> {
  /** The section's one name: its folder, `data-lab="…"` in the lesson files, `?view=lab&id=…`. */
  id: string;
  /** The section's strings in both languages. */
  messages: LabMessages<Key>;
  /** Which of its strings is its title (lists, links and embeds show it before the code arrives). */
  title: NoInfer<Key>;
  /** Fetches the section: its component, store and model, in a chunk of their own. */
  load: () => Promise<{ default: ComponentType }>;
}

/** A lab section's manifest, its title checked against its own messages. */
export function defineLab<Key extends string>(manifest: LabManifest<Key>): LabManifest<Key> {
  return manifest;
}
