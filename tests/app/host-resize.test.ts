import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startHostResize } from '../../src/app/host-resize';

/** A stand-in parent window that records what the frame posts to it. */
function fakeParent() {
  const posted: unknown[] = [];
  return { posted, postMessage: (message: unknown) => posted.push(message) };
}

let observed: ResizeObserverCallback | null = null;
let height = 480;
let frames: FrameRequestCallback[] = [];

/** Runs the animation frames requested so far. */
function flushFrames() {
  const pending = frames;
  frames = [];
  for (const callback of pending) callback(0);
}

beforeEach(() => {
  observed = null;
  height = 480;
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(callback: ResizeObserverCallback) {
        observed = callback;
      }
      observe() {}
      disconnect() {}
    },
  );
  frames = [];
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
    frames.push(callback);
    return frames.length;
  });
});
afterEach(() => vi.unstubAllGlobals());

function framedWindow(parent: ReturnType<typeof fakeParent>): Window {
  return new Proxy(window, {
    get: (target, key) => {
      if (key === 'parent') return parent;
      const value = Reflect.get(target, key) as unknown;
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
  });
}

function contentOfHeight(): HTMLElement {
  const content = document.createElement('div');
  content.getBoundingClientRect = () => ({ height }) as DOMRect;
  return content;
}

const fromParent = (parent: object, data: unknown) =>
  window.dispatchEvent(new MessageEvent('message', { data, source: parent as Window }));

describe('telling the host page the content height', () => {
  it('does nothing when the page is not framed', () => {
    const stop = startHostResize({ window, content: contentOfHeight() });
    expect(observed).toBeNull();
    stop();
  });

  it('speaks Canvas at once and H5P once the host answers hello', () => {
    const parent = fakeParent();
    const stop = startHostResize({ window: framedWindow(parent), content: contentOfHeight() });
    expect(parent.posted).toEqual([
      { context: 'h5p', action: 'hello' },
      { subject: 'lti.frameResize', height: 480 },
    ]);
    parent.posted.length = 0;
    fromParent(parent, { context: 'h5p', action: 'hello' });
    expect(parent.posted).toContainEqual(
      expect.objectContaining({ context: 'h5p', action: 'prepareResize', scrollHeight: 480 }),
    );
    parent.posted.length = 0;
    fromParent(parent, { context: 'h5p', action: 'resizePrepared' });
    expect(parent.posted).toEqual([{ context: 'h5p', action: 'resize', scrollHeight: 480 }]);
    stop();
  });

  it('reports a new height when the content changes size, and only then', () => {
    const parent = fakeParent();
    const stop = startHostResize({ window: framedWindow(parent), content: contentOfHeight() });
    parent.posted.length = 0;
    observed?.([], {} as ResizeObserver);
    flushFrames();
    expect(parent.posted).toEqual([]);
    height = 900;
    // several changes within one frame make one report
    observed?.([], {} as ResizeObserver);
    observed?.([], {} as ResizeObserver);
    flushFrames();
    expect(parent.posted).toEqual([{ subject: 'lti.frameResize', height: 900 }]);
    stop();
  });

  it('ignores messages from other windows and of other shapes', () => {
    const parent = fakeParent();
    const stop = startHostResize({ window: framedWindow(parent), content: contentOfHeight() });
    parent.posted.length = 0;
    fromParent({}, { context: 'h5p', action: 'hello' });
    fromParent(parent, { context: 'h5p', action: 42 });
    fromParent(parent, 'hello');
    fromParent(parent, null);
    expect(parent.posted).toEqual([]);
    fromParent(parent, { context: 'h5p', action: 'ready' });
    expect(parent.posted).toEqual([{ context: 'h5p', action: 'hello' }]);
    stop();
  });
});
