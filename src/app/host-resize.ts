/**
 * Tells a framing page how tall the content is, in the two protocols LMS pages already listen to:
 * - H5P's resizer (h5p-resizer.js, used by Moodle, WordPress, Drupal): the frame says `hello`;
 *   once the host answers `hello`, each change of height is `prepareResize` (the host shrinks the
 *   frame to the reported client height and answers `resizePrepared`), then `resize` with the
 *   content's full height. The host sends `ready` when it loads after the frame, and `resize` when
 *   its own window changes size.
 * - Canvas: `{ subject: 'lti.frameResize', height }`.
 * Heights are not private, so they go to any parent origin. Without a listening host nothing
 * changes: the view scrolls inside its frame.
 */
export interface HostResizeOptions {
  /** The window the app runs in (a test passes its own). */
  window: Window;
  /** The element whose height is the content's height. */
  content: HTMLElement;
}

interface H5pMessage {
  context: 'h5p';
  action: string;
}

function isH5pMessage(data: unknown): data is H5pMessage {
  if (typeof data !== 'object' || data === null) return false;
  const record = data as Record<string, unknown>;
  return record.context === 'h5p' && typeof record.action === 'string';
}

/** Starts reporting heights when framed; returns a function that stops it. */
export function startHostResize({ window: view, content }: HostResizeOptions): () => void {
  const parent = view.parent;
  if (!parent || parent === view) return () => undefined;
  const post = (message: object) => {
    try {
      parent.postMessage(message, '*');
    } catch {
      // a host that went away: nothing to tell
    }
  };
  const contentHeight = () => Math.ceil(content.getBoundingClientRect().height);
  let h5pHost = false;
  let lastHeight = -1;

  const report = (force = false) => {
    const height = contentHeight();
    if (!force && height === lastHeight) return;
    lastHeight = height;
    post({ subject: 'lti.frameResize', height });
    if (h5pHost) {
      post({
        context: 'h5p',
        action: 'prepareResize',
        scrollHeight: height,
        clientHeight: view.document.documentElement.clientHeight,
      });
    }
  };

  const onMessage = (event: MessageEvent) => {
    if (event.source !== parent || !isH5pMessage(event.data)) return;
    switch (event.data.action) {
      case 'ready':
        post({ context: 'h5p', action: 'hello' });
        break;
      case 'hello':
        h5pHost = true;
        report(true);
        break;
      case 'resizePrepared':
        post({ context: 'h5p', action: 'resize', scrollHeight: contentHeight() });
        break;
      case 'resize':
        report(true);
        break;
    }
  };

  let frame = 0;
  const schedule = () => {
    if (frame) return;
    frame = view.requestAnimationFrame(() => {
      frame = 0;
      report();
    });
  };
  const observer = new ResizeObserver(schedule);
  observer.observe(content);
  view.addEventListener('message', onMessage);
  post({ context: 'h5p', action: 'hello' });
  report(true);
  return () => {
    observer.disconnect();
    view.removeEventListener('message', onMessage);
    if (frame) view.cancelAnimationFrame(frame);
  };
}
