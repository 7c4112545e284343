import { afterEach, describe, expect, it } from 'vitest';
import { languageFromSearch, syncUrlLanguage } from '../../src/store/url-language';

afterEach(() => window.history.replaceState(null, '', '/'));

describe('the language in the URL', () => {
  it('follows the learner’s choice when the URL names one', () => {
    window.history.replaceState(null, '', '/?lang=en&view=lesson');
    syncUrlLanguage('pt-BR');
    expect(languageFromSearch(window.location.search)).toBe('pt-BR');
    expect(new URLSearchParams(window.location.search).get('view')).toBe('lesson');
  });

  it('leaves a URL without lang alone', () => {
    window.history.replaceState(null, '', '/?view=lesson');
    syncUrlLanguage('en');
    expect(window.location.search).toBe('?view=lesson');
  });
});
