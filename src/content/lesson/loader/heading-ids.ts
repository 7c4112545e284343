import type { Diagnostics } from './diagnostics.ts';
import type { HeadingRecord } from './parse-context.ts';

/** A trailing attr_list such as `{#id}`, `{ #id .class }` or `{: #id }`. */
const ATTRIBUTE_LIST = /[ \t]*\{:?[ \t]*([^{}]*?)[ \t]*\}[ \t]*$/;
const ID = /^[A-Za-z][\w:.-]*$/;

/**
 * Splits a heading's trailing attribute list off its text. Only `#id` is used; anything else
 * in the list (`.class`, `key=value`) is returned in `ignored`.
 */
export function splitHeadingAttributes(text: string): {
  text: string;
  id: string | null;
  ignored: string[];
} | null {
  const match = ATTRIBUTE_LIST.exec(text);
  if (!match) return null;
  const tokens = (match[1] ?? '').split(/\s+/).filter(Boolean);
  if (!tokens.some((token) => /^[#.]|=/.test(token))) return null;
  const idToken = tokens.find((token) => token.startsWith('#'));
  return {
    text: text.slice(0, match.index),
    id: idToken ? idToken.slice(1) : null,
    ignored: tokens.filter((token) => token !== idToken),
  };
}

/** URL-safe ASCII slug of a heading: accents dropped, runs of other characters become `-`. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Gives every heading a document-unique id: its `{#id}` when written (a repeated one is an
 * error), otherwise a slug of its text, suffixed `-1`, `-2`, … when already taken.
 */
export function assignHeadingIds(
  headings: HeadingRecord[],
  textOf: (record: HeadingRecord) => string,
  diagnostics: Diagnostics,
): void {
  const taken = new Set<string>();
  for (const record of headings) {
    if (record.explicitId === null) continue;
    if (!ID.test(record.explicitId)) {
      diagnostics.error(
        record.line,
        `heading id "{#${record.explicitId}}" is not valid (a letter, then letters, digits, - or _)`,
      );
    } else if (taken.has(record.explicitId)) {
      diagnostics.error(record.line, `heading id "${record.explicitId}" is used twice`);
    }
    taken.add(record.explicitId);
    record.block.id = record.explicitId;
  }
  for (const record of headings) {
    if (record.explicitId !== null) continue;
    const base = slugify(textOf(record)) || 'section';
    let id = base;
    for (let suffix = 1; taken.has(id); suffix += 1) id = `${base}-${suffix}`;
    taken.add(id);
    record.block.id = id;
  }
}
