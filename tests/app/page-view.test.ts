import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pageViewFromSearch } from '../../src/app/page-view';

describe('the page view in the URL', () => {
  it('is the lesson unless view=lab', () => {
    expect(pageViewFromSearch('')).toEqual({ view: 'lesson' });
    expect(pageViewFromSearch('?lang=en')).toEqual({ view: 'lesson' });
    expect(pageViewFromSearch('?view=widget&id=architecture')).toEqual({ view: 'lesson' });
  });

  it('reads the lab section id, trimmed', () => {
    expect(pageViewFromSearch('?view=lab&id=gradient-check&lang=en')).toEqual({
      view: 'lab',
      id: 'gradient-check',
    });
    expect(pageViewFromSearch('?id=%20schedules%20&view=lab')).toEqual({
      view: 'lab',
      id: 'schedules',
    });
    expect(pageViewFromSearch('?view=lab')).toEqual({ view: 'lab', id: '' });
  });

  it('never throws and keeps ids short, whatever the query string', () => {
    const key = fc.constantFrom('view', 'id', 'lang', '__proto__', 'constructor', '');
    const value = fc.oneof(
      fc.constantFrom('lab', 'lesson', '__proto__'),
      fc.string(),
      fc.string({ unit: 'grapheme', maxLength: 500 }),
    );
    const query = fc
      .array(fc.tuple(key, value), { maxLength: 6 })
      .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`);
    fc.assert(
      fc.property(fc.oneof(query, fc.string()), (search) => {
        const view = pageViewFromSearch(search);
        expect(['lesson', 'lab']).toContain(view.view);
        if (view.view === 'lab') expect(view.id.length).toBeLessThanOrEqual(64);
      }),
      { numRuns: 1000 },
    );
  });
});
