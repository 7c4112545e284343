/** The attribute a placeholder carries while the element it stands for is still loading. */
export const PENDING_ATTRIBUTE = 'data-pending-id';

/** How long to wait for a loading element before giving up (a chunk that never arrives). */
const WAIT_LIMIT_MS = 30_000;

function reveal(element: HTMLElement) {
  element.scrollIntoView?.({ block: 'start' });
  element.focus({ preventScroll: true });
}

/**
 * Scrolls to and focuses the element with `id`. When it is not there yet but a placeholder says
 * it is loading (`data-pending-id="<id>"`), waits for it to be added and focuses it then: a
 * learner may click before a lazy chunk arrives, and focusing nothing would lose the click.
 * Resolves true once focused, false when the page has no such element and none is coming.
 */
export function focusWhenPresent(id: string, root: Document = document): Promise<boolean> {
  const present = root.getElementById(id);
  if (present) {
    reveal(present);
    return Promise.resolve(true);
  }
  const pending = Array.from(root.querySelectorAll(`[${PENDING_ATTRIBUTE}]`)).some(
    (placeholder) => placeholder.getAttribute(PENDING_ATTRIBUTE) === id,
  );
  if (!pending) {
    return Promise.resolve(false);
  }
  return new Promise((resolve) => {
    const finish = (found: boolean) => {
      observer.disconnect();
      clearTimeout(limit);
      resolve(found);
    };
    const observer = new MutationObserver(() => {
      const element = root.getElementById(id);
      if (element) {
        reveal(element);
        finish(true);
      }
    });
    observer.observe(root.body, { childList: true, subtree: true });
    const limit = setTimeout(() => finish(false), WAIT_LIMIT_MS);
  });
}
