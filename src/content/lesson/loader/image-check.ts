import type { ParseOptions } from './parse-context.ts';

/**
 * What is wrong with an image source, or null. The app makes no third-party request (privacy),
 * so only local files beside the lesson are allowed.
 */
export function checkImage(src: string, options: ParseOptions): string | null {
  if (/^(https?:)?\/\//i.test(src)) {
    return `remote image "${src}" is not allowed (the app makes no third-party request): save it beside the lesson and link it by a relative path`;
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(src)) {
    return `image "${src.slice(0, 40)}" is not allowed: only local files beside the lesson are`;
  }
  if (src.trim() === '') return 'image has no source';
  if (options.imageExists && !options.imageExists(src)) {
    return `image "${src}" not found (the path is relative to the lesson file)`;
  }
  return null;
}
