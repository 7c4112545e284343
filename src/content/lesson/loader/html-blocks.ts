import { WIDGETS, type Block, type WidgetName } from '../lesson-types.ts';
import type { Diagnostics } from './diagnostics.ts';
import type { ParseOptions } from './parse-context.ts';

const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const QUIZ_MARKER = /^<!--\s*mkdocs-quiz\s+(intro|results)\s*-->$/;
const DIV = /^<div\b([^>]*)>[\s\S]*<\/div\s*>$/i;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
/** Widgets that cannot work without an attribute. */
const REQUIRED_ATTRIBUTES: Partial<Record<WidgetName, string[]>> = {
  video: ['data-video-id'],
  lab: ['data-lab'],
};

/**
 * A raw-HTML block: a quiz marker comment, a widget placeholder, or nothing. Comments vanish
 * silently; any other HTML is never injected into the page: it is dropped with a diagnostic.
 */
export function htmlToBlock(
  html: string,
  line: number,
  diagnostics: Diagnostics,
  { labIds }: ParseOptions = {},
): Block | null {
  const trimmed = html.trim();
  const marker = QUIZ_MARKER.exec(trimmed);
  if (marker) return { type: marker[1] === 'intro' ? 'quizIntro' : 'quizResults' };
  const rest = trimmed.replace(COMMENT, '').trim();
  if (rest === '') return null;
  const div = DIV.exec(rest);
  const attributes = parseAttributes(div?.[1] ?? '');
  const id = div ? attributes.get('id') : undefined;
  if (id === undefined) {
    dropRawHtml(rest, line, diagnostics);
    return null;
  }
  if (!isWidgetName(id)) {
    diagnostics.error(
      line,
      `unknown widget id "${id}" (known widgets: ${WIDGETS.join(', ')}): the placeholder is dropped`,
    );
    return null;
  }
  const data = Object.fromEntries(
    [...attributes].filter(([name]) => name.startsWith('data-')),
  ) as Record<string, string>;
  for (const name of REQUIRED_ATTRIBUTES[id] ?? []) {
    if (!data[name]) diagnostics.error(line, `widget "${id}" needs a ${name} attribute`);
  }
  const lab = data['data-lab'];
  if (id === 'lab' && lab && labIds && !labIds.includes(lab)) {
    diagnostics.error(
      line,
      `unknown lab section "${lab}" (known: ${labIds.join(', ')}): nothing is drawn`,
    );
  }
  return { type: 'widget', name: id, attributes: data };
}

/** Raw HTML inside a paragraph: comments vanish, anything else is dropped with a warning. */
export function inlineHtmlDropped(html: string, line: number, diagnostics: Diagnostics): void {
  const rest = html.replace(COMMENT, '').trim();
  if (rest !== '') dropRawHtml(rest, line, diagnostics);
}

function dropRawHtml(html: string, line: number, diagnostics: Diagnostics): void {
  const start = html.split('\n')[0] ?? '';
  const shown = start.length > 60 ? `${start.slice(0, 57)}...` : start;
  const hint = /^<div\b[^>]*\bid=/i.test(html)
    ? ' (a widget placeholder must stand alone: <div id="…"></div> with a blank line after it)'
    : '';
  diagnostics.warning(line, `raw HTML is never rendered: "${shown}" is dropped${hint}`);
}

function isWidgetName(id: string): id is WidgetName {
  return (WIDGETS as readonly string[]).includes(id);
}

/** The attributes of an opening tag, names lowercased, values with entities decoded. */
export function parseAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = (match[1] ?? '').toLowerCase();
    attributes.set(name, decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attributes;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] !== '#') return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
    const code =
      body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}
