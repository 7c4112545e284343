import type { MessageKey } from '../../../content/ui/messages';

/** The callout kinds MkDocs Material styles, each with the word and glyph the app shows. */
export const CALLOUT_KINDS = {
  note: { label: 'lesson.callout.note', glyph: '✎' },
  abstract: { label: 'lesson.callout.abstract', glyph: '≡' },
  info: { label: 'lesson.callout.info', glyph: 'i' },
  tip: { label: 'lesson.callout.tip', glyph: '★' },
  success: { label: 'lesson.callout.success', glyph: '✓' },
  question: { label: 'lesson.callout.question', glyph: '?' },
  warning: { label: 'lesson.callout.warning', glyph: '!' },
  failure: { label: 'lesson.callout.failure', glyph: '✗' },
  danger: { label: 'lesson.callout.danger', glyph: '‼' },
  bug: { label: 'lesson.callout.bug', glyph: '#' },
  example: { label: 'lesson.callout.example', glyph: '»' },
  quote: { label: 'lesson.callout.quote', glyph: '“' },
} as const satisfies Record<string, { label: MessageKey; glyph: string }>;

export type CalloutKind = keyof typeof CALLOUT_KINDS;

/** MkDocs Material's other names for the same kinds. */
const ALIASES: Record<string, CalloutKind> = {
  summary: 'abstract',
  tldr: 'abstract',
  todo: 'info',
  hint: 'tip',
  important: 'tip',
  check: 'success',
  done: 'success',
  help: 'question',
  faq: 'question',
  caution: 'warning',
  attention: 'warning',
  fail: 'failure',
  missing: 'failure',
  error: 'danger',
  cite: 'quote',
};

/** The kind a callout is styled as: its own, through an alias, or null when unknown. */
export function calloutKind(kind: string): CalloutKind | null {
  const name = kind.trim().toLowerCase();
  if (Object.hasOwn(CALLOUT_KINDS, name)) return name as CalloutKind;
  return Object.hasOwn(ALIASES, name) ? (ALIASES[name] as CalloutKind) : null;
}
