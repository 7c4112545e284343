import type { Diagnostics } from './diagnostics.ts';

/** MkDocs inline syntax the app does not render; in a text node it would show as raw text. */
const INLINE_SYNTAX: { pattern: RegExp; name: string }[] = [
  {
    pattern: /\{:?[ \t]*(?:[.#][A-Za-z][\w-]*|[A-Za-z][\w-]*=)[^{}\n]*\}/,
    name: 'attribute list',
  },
  { pattern: /\[\^[^\]\s]+\]/, name: 'footnote reference without a definition' },
  { pattern: /\+\+[A-Za-z0-9]+(?:\+[A-Za-z0-9]+)*\+\+/, name: 'keyboard keys (pymdownx.keys)' },
  { pattern: /==[^=\s](?:[^=\n]*[^=\s])?==/, name: 'highlight (pymdownx.mark)' },
  { pattern: /\^\^[^^\s](?:[^^\n]*[^^\s])?\^\^/, name: 'insert (pymdownx.caret)' },
  { pattern: /(?<![\w:]):[a-z][a-z0-9_+-]*:(?![\w:])/, name: 'emoji or icon shortcode' },
];

/** Warns about each unsupported MkDocs construct in a text node that starts on `line`. */
export function warnUnsupportedInline(text: string, line: number, diagnostics: Diagnostics): void {
  for (const { pattern, name } of INLINE_SYNTAX) {
    const match = pattern.exec(text);
    if (!match) continue;
    const at = line + (text.slice(0, match.index).match(/\n/g)?.length ?? 0);
    diagnostics.warning(at, `${name} "${match[0]}" is not supported: it shows as raw text`);
  }
}

const CALLOUT_TEXT = /^(!!!|\?\?\?\+?)[ \t]+[A-Za-z]/;

/** A callout header that reached remark (inside a list, say) is only text. */
export function warnStrayCallout(text: string, line: number, diagnostics: Diagnostics): void {
  const match = CALLOUT_TEXT.exec(text);
  if (match) {
    diagnostics.warning(
      line,
      `callout "${match[1]}" here (indented, or inside a list or quote) is not supported: it shows as raw text`,
    );
  }
}
