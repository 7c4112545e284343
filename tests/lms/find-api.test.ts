import { describe, expect, it } from 'vitest';
import { findScorm12Api, type Scorm12Api } from '../../src/lms/find-api';
import { connectScorm12 } from '../../src/lms/scorm12';

/** A fake SCORM 1.2 API whose calls answer as an LMS would. */
function fakeApi(overrides: Partial<Scorm12Api> = {}): Scorm12Api {
  return {
    LMSInitialize: () => 'true',
    LMSFinish: () => 'true',
    LMSGetValue: () => '',
    LMSSetValue: () => 'true',
    LMSCommit: () => 'true',
    LMSGetLastError: () => '0',
    ...overrides,
  };
}

/** A chain of window-like objects: index 0 is the app, each next one its parent. */
function frames(depth: number, api?: { at: number; value: Scorm12Api }): Window[] {
  const chain: Record<string, unknown>[] = [];
  for (let level = 0; level <= depth; level++) chain.push({});
  chain.forEach((frame, level) => {
    frame.parent = chain[level + 1] ?? frame; // the top window is its own parent
  });
  if (api) chain[api.at]!.API = api.value;
  return chain as unknown as Window[];
}

describe('finding the LMS’s API as ADL’s wrapper does', () => {
  it('finds window.API on the window itself or a parent up to seven levels up', () => {
    const api = fakeApi();
    expect(findScorm12Api(frames(0, { at: 0, value: api })[0]!)).toBe(api);
    expect(findScorm12Api(frames(3, { at: 3, value: api })[0]!)).toBe(api);
    expect(findScorm12Api(frames(7, { at: 7, value: api })[0]!)).toBe(api);
    expect(findScorm12Api(frames(9, { at: 8, value: api })[0]!)).toBeNull();
  });

  it('then searches the opener and its parents (a course opened in a pop-up)', () => {
    const api = fakeApi();
    const lms = frames(2, { at: 2, value: api });
    const popUp = frames(0)[0]! as unknown as Record<string, unknown>;
    popUp.opener = lms[0];
    expect(findScorm12Api(popUp as unknown as Window)).toBe(api);
  });

  it('skips a cross-origin parent whose properties throw, and ignores objects that are not an API', () => {
    const api = fakeApi();
    const chain = frames(3, { at: 3, value: api });
    Object.defineProperty(chain[1], 'API', {
      get() {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    });
    (chain[2] as unknown as Record<string, unknown>).API = { LMSInitialize: 'nope' };
    expect(findScorm12Api(chain[0]!)).toBe(api);
    expect(findScorm12Api(frames(4)[0]!)).toBeNull();
    expect(findScorm12Api(window)).toBeNull();
  });
});

describe('the SCORM 1.2 adapter', () => {
  it('turns the LMS’s "true"/"false" strings into booleans and values into strings', () => {
    const connection = connectScorm12(
      fakeApi({
        LMSInitialize: () => 'false',
        LMSGetValue: (element) => (element === 'cmi.core.score.raw' ? 50 : null),
        LMSSetValue: () => true,
        LMSGetLastError: () => '403',
      }),
    );
    expect(connection.initialize()).toBe(false);
    expect(connection.getValue('cmi.core.score.raw')).toBe('50');
    expect(connection.getValue('cmi.suspend_data')).toBe('');
    expect(connection.setValue('cmi.core.exit', 'suspend')).toBe(true);
    expect(connection.commit()).toBe(true);
    expect(connection.lastError()).toBe(403);
  });

  it('never throws, whatever the LMS does', () => {
    const fail = () => {
      throw new Error('LMS down');
    };
    const connection = connectScorm12(
      fakeApi({
        LMSInitialize: fail,
        LMSFinish: fail,
        LMSGetValue: fail,
        LMSSetValue: fail,
        LMSCommit: fail,
        LMSGetLastError: fail,
      }),
    );
    expect(connection.initialize()).toBe(false);
    expect(connection.getValue('cmi.core.lesson_status')).toBe('');
    expect(connection.setValue('cmi.core.lesson_status', 'passed')).toBe(false);
    expect(connection.commit()).toBe(false);
    expect(connection.finish()).toBe(false);
    expect(connection.lastError()).toBe(0);
  });
});
