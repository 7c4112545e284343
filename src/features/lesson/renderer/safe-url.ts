/** Schemes a lesson link may use; anything else (javascript:, data:, vbscript:, …) is dropped. */
const LINK_SCHEMES = ['http', 'https', 'mailto'];
const IMAGE_SCHEMES = ['http', 'https'];

/** The scheme of `url` as a browser would read it (it ignores tabs, newlines and leading spaces). */
function schemeOf(url: string): string | null {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '');
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
  return match ? (match[1] as string).toLowerCase() : null;
}

function allowed(url: string, schemes: readonly string[]): string | null {
  const trimmed = url.trim();
  if (trimmed === '') return null;
  const scheme = schemeOf(trimmed);
  return scheme === null || schemes.includes(scheme) ? trimmed : null;
}

/** `url` when it is safe as a link (relative, #anchor, http(s) or mailto), otherwise null. */
export function safeLinkUrl(url: string): string | null {
  return allowed(url, LINK_SCHEMES);
}

/** `src` when it is safe as an image (relative or http(s)), otherwise null. */
export function safeImageUrl(src: string): string | null {
  return allowed(src, IMAGE_SCHEMES);
}

/** True for a link that leaves the site: an absolute http(s) or protocol-relative URL. */
export function isExternalUrl(url: string): boolean {
  return /^(https?:)?\/\//i.test(url.trim());
}
