/** The SCORM 1.2 run-time API an LMS puts on `window.API` (each call answers "true"/"false" or a value). */
export interface Scorm12Api {
  LMSInitialize: (parameter: '') => unknown;
  LMSFinish: (parameter: '') => unknown;
  LMSGetValue: (element: string) => unknown;
  LMSSetValue: (element: string, value: string) => unknown;
  LMSCommit: (parameter: '') => unknown;
  LMSGetLastError: () => unknown;
}

/** How many parents are climbed from one window, as in ADL's wrapper. */
const MAX_PARENTS = 7;

/** The API object on `candidate`, if it has one; null for a cross-origin window (reading throws). */
function apiOn(candidate: Window): Scorm12Api | null {
  try {
    const api = (candidate as Window & { API?: unknown }).API;
    if (typeof api !== 'object' || api === null) return null;
    const methods = ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit'];
    return methods.every((name) => typeof (api as Record<string, unknown>)[name] === 'function')
      ? (api as Scorm12Api)
      : null;
  } catch {
    return null;
  }
}

/** The parent of `current`, or null at the top or where the frame cannot be read. */
function parentOf(current: Window): Window | null {
  try {
    const parent = current.parent;
    return parent && parent !== current ? parent : null;
  } catch {
    return null;
  }
}

/** `start` and then up to seven of its parents. */
function findInParents(start: Window): Scorm12Api | null {
  let current: Window | null = start;
  for (let level = 0; current && level <= MAX_PARENTS; level++) {
    const api = apiOn(current);
    if (api) return api;
    current = parentOf(current);
  }
  return null;
}

/**
 * The LMS's SCORM 1.2 API, searched as ADL's wrapper does: this window and its parents, then the
 * window that opened this one (a course launched in a pop-up) and its parents. Null outside an LMS.
 */
export function findScorm12Api(start: Window): Scorm12Api | null {
  const api = findInParents(start);
  if (api) return api;
  try {
    const opener = start.opener as Window | null;
    return opener ? findInParents(opener) : null;
  } catch {
    return null;
  }
}
