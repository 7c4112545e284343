/** What the URL asks the page to show: the lesson (default) or one lab section (`?view=lab&id=…`). */
export type PageView = { view: 'lesson' } | { view: 'lab'; id: string };

/** Reads `view` and `id` from a query string; anything but `view=lab` is the lesson. */
export function pageViewFromSearch(search: string): PageView {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { view: 'lesson' };
  }
  if (params.get('view') !== 'lab') return { view: 'lesson' };
  return { view: 'lab', id: (params.get('id') ?? '').trim().slice(0, 64) };
}

/** The view the current page's URL asks for; the lesson outside a browser. */
export function currentPageView(): PageView {
  try {
    return typeof window === 'undefined'
      ? { view: 'lesson' }
      : pageViewFromSearch(window.location.search);
  } catch {
    return { view: 'lesson' };
  }
}
