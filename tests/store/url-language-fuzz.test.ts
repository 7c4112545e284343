import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { languageFromSearch, syncUrlLanguage, urlLanguage } from '../../src/store/url-language';
import { garbageString, prototypeIsClean, prototypeSnapshot } from './fuzz-arbitraries';

const RUNS = { numRuns: 1000 };

afterEach(() => window.history.replaceState(null, '', '/'));

/** Values a `lang` parameter may carry: the real ones in many spellings, and garbage. */
const langValue = fc.oneof(
  fc.constantFrom('en', 'EN', 'en-US', ' en ', 'pt', 'pt-BR', 'PT-br', 'pt-PT', 'es', 'english'),
  fc.constantFrom('e%6E', '%20en', 'en%00', '-en', 'en-', 'ptt', ''),
  garbageString,
  fc.string({ maxLength: 2000 }),
);

/** A query string made of `lang` and other parameters, with the odd stray character. */
const search = fc
  .array(
    fc.tuple(
      fc.oneof(
        fc.constantFrom('lang', 'LANG', 'lang ', 'view', '__proto__', 'constructor', 'prototype'),
        garbageString,
      ),
      langValue,
      fc.constantFrom('=', '', '=='),
    ),
    { maxLength: 6 },
  )
  .chain((pairs) =>
    fc
      .constantFrom('?', '', '??', '?&')
      .map((start) => start + pairs.map(([key, value, equals]) => key + equals + value).join('&')),
  );

/** What the language of `value` should be: its first "-"-separated word, trimmed, any case. */
function expected(value: string | null) {
  const primary = value?.trim().toLowerCase().split('-')[0];
  return primary === 'en' ? 'en' : primary === 'pt' ? 'pt-BR' : null;
}

describe('languageFromSearch, fuzzed', () => {
  it('never throws, answers en, pt-BR or null as the first lang asks, and pollutes nothing', () => {
    const before = prototypeSnapshot();
    fc.assert(
      fc.property(fc.oneof(search, fc.string({ maxLength: 200 })), (query) => {
        const language = languageFromSearch(query);
        expect([null, 'en', 'pt-BR']).toContain(language);
        expect(language).toBe(expected(new URLSearchParams(query).get('lang')));
        expect(prototypeIsClean(before)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('urlLanguage and syncUrlLanguage, fuzzed on the page URL', () => {
  it('read the URL safely, and keep every other parameter when they rewrite lang', () => {
    const before = prototypeSnapshot();
    fc.assert(
      fc.property(
        search,
        fc.constantFrom('en', 'pt-BR') as fc.Arbitrary<'en' | 'pt-BR'>,
        (query, chosen) => {
          window.history.replaceState(null, '', `/${query.startsWith('?') ? query : `?${query}`}`);
          const initial = new URLSearchParams(window.location.search);
          expect(urlLanguage()).toBe(languageFromSearch(window.location.search));

          syncUrlLanguage(chosen);
          const after = new URLSearchParams(window.location.search);
          const others = (params: URLSearchParams) =>
            [...params].filter(([key]) => key !== 'lang').map((pair) => pair.join('='));
          expect(others(after)).toEqual(others(initial));
          if (initial.has('lang')) expect(languageFromSearch(window.location.search)).toBe(chosen);
          else expect(after.has('lang')).toBe(false);
          expect(prototypeIsClean(before)).toBe(true);
        },
      ),
      RUNS,
    );
  });
});
