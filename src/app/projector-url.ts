/**
 * Keeps `mode=projector` in the address in step with projector mode, so a reload or a copied
 * link opens the same way. Frames that refuse history changes keep their URL.
 */
export function syncProjectorUrl(projector: boolean): void {
  try {
    const url = new URL(window.location.href);
    if ((url.searchParams.get('mode') === 'projector') === projector) return;
    if (projector) url.searchParams.set('mode', 'projector');
    else url.searchParams.delete('mode');
    window.history.replaceState(window.history.state, '', url);
  } catch {
    // an opaque-origin frame: the URL simply stays
  }
}

/** The current address with projector mode on: what "open in a new window" opens. */
export function projectorHref(): string {
  const url = new URL(window.location.href);
  url.searchParams.set('mode', 'projector');
  return url.toString();
}
