import type { ParseOptions } from './parse-context.ts';

/** A remote address (`https://…`, `http://…` or `//…`): the app never loads one. */
export function isRemoteImage(src: string): boolean {
  return /^(https?:)?\/\//i.test(src.trim());
}

/**
 * What is wrong with an image source, or null. The app makes no third-party request (privacy),
 * so only local files beside the lesson are allowed.
 */
export function checkImage(src: string, options: ParseOptions): string | null {
  if (isRemoteImage(src)) {
    return `remote image "${src}" is not allowed (the app makes no third-party request): save it beside the lesson and link it by a relative path (a remote thumbnail linked to a YouTube video, [![title](thumbnail)](https://youtu.be/ID) alone in its paragraph, becomes the video card)`;
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
