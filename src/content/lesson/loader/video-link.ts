import type { PhrasingContent } from 'mdast';
import type { Block } from '../lesson-types.ts';
import { isRemoteImage } from './image-check.ts';

/** A YouTube video id: eleven letters, digits, "-" or "_" (as VideoCard accepts). */
const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;
/** youtube.com, its www. and m. hosts, and the no-cookie embed host. */
const YOUTUBE_HOSTS = /^(?:(?:www|m)\.)?youtube(?:-nocookie)?\.com$/i;

/**
 * What a link's URL says about YouTube: null when it is not a YouTube link; else the video id in
 * youtube.com/watch?v=ID, youtu.be/ID or youtube.com/embed/ID (http, https or `//`), null when
 * it names none.
 */
export function youtubeVideo(href: string): { id: string | null } | null {
  let url: URL;
  try {
    url = new URL(href.trim().startsWith('//') ? `https:${href.trim()}` : href.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const segments = url.pathname.split('/').filter(Boolean);
  let id: string | undefined;
  if (/^(?:www\.)?youtu\.be$/i.test(url.hostname)) id = segments[0];
  else if (!YOUTUBE_HOSTS.test(url.hostname)) return null;
  else if (segments[0] === 'watch') id = url.searchParams.get('v') ?? undefined;
  else if (segments[0] === 'embed') id = segments[1];
  return { id: id !== undefined && VIDEO_ID.test(id) ? id : null };
}

/** The one non-blank node of `nodes`, else null. */
function only(nodes: readonly PhrasingContent[]): PhrasingContent | null {
  const meaningful = nodes.filter((node) => node.type !== 'text' || node.value.trim() !== '');
  return meaningful.length === 1 ? (meaningful[0] ?? null) : null;
}

/** What a paragraph holding the course's video idiom becomes. */
export type VideoParagraph =
  | { kind: 'video'; block: Block }
  /** a remote thumbnail linked to YouTube, but the link names no video: an error, dropped */
  | { kind: 'noVideoId'; url: string };

/**
 * The course's video idiom, `[![alt](thumbnail-url)](youtube-url)` alone in its paragraph: a
 * remote thumbnail linked to a YouTube video. It becomes the app's video card (the `video` widget,
 * as `<div id="video" data-video-id="…" data-title="alt">` would), which loads nothing from
 * YouTube, not even the thumbnail, until the learner follows its link. Anything else (a local
 * thumbnail, another site, text around it) is left to the ordinary rules: null.
 */
export function videoParagraph(
  children: readonly PhrasingContent[],
  resolve: (identifier: string) => string | undefined,
): VideoParagraph | null {
  const link = only(children);
  const href =
    link?.type === 'link'
      ? link.url
      : link?.type === 'linkReference'
        ? resolve(link.identifier)
        : undefined;
  if (!link || href === undefined || !('children' in link)) return null;
  const image = only(link.children);
  const src =
    image?.type === 'image'
      ? image.url
      : image?.type === 'imageReference'
        ? resolve(image.identifier)
        : undefined;
  if (!image || src === undefined || !isRemoteImage(src)) return null;
  const youtube = youtubeVideo(href);
  if (!youtube) return null;
  if (youtube.id === null) return { kind: 'noVideoId', url: href };
  const alt = ('alt' in image ? (image.alt ?? '') : '').trim();
  const attributes: Record<string, string> = { 'data-video-id': youtube.id };
  if (alt !== '') attributes['data-title'] = alt;
  return { kind: 'video', block: { type: 'widget', name: 'video', attributes } };
}
