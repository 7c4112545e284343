import type { Scorm12Api } from './find-api';

/** The SCORM 1.2 calls the app makes, typed: booleans and strings, never an exception. */
export interface Scorm12Connection {
  initialize: () => boolean;
  getValue: (element: string) => string;
  setValue: (element: string, value: string) => boolean;
  commit: () => boolean;
  finish: () => boolean;
  /** The LMS's error code for the last call (0: no error). */
  lastError: () => number;
}

/** SCORM 1.2 answers "true" or "false" as strings; some runtimes return booleans. */
function succeeded(result: unknown): boolean {
  return result === true || String(result) === 'true';
}

/** Runs `call`, turning anything an LMS throws into `fallback`. */
function guarded<T>(call: () => T, fallback: T): T {
  try {
    return call();
  } catch {
    return fallback;
  }
}

/** A thin adapter over an LMS's `window.API`. */
export function connectScorm12(api: Scorm12Api): Scorm12Connection {
  return {
    initialize: () => guarded(() => succeeded(api.LMSInitialize('')), false),
    getValue: (element) =>
      guarded(() => {
        const value = api.LMSGetValue(element);
        return value === null || value === undefined ? '' : String(value);
      }, ''),
    setValue: (element, value) => guarded(() => succeeded(api.LMSSetValue(element, value)), false),
    commit: () => guarded(() => succeeded(api.LMSCommit('')), false),
    finish: () => guarded(() => succeeded(api.LMSFinish('')), false),
    lastError: () =>
      guarded(() => {
        const code = Number(api.LMSGetLastError());
        return Number.isFinite(code) ? code : 0;
      }, 0),
  };
}
