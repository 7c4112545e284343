import { describe, expect, it } from 'vitest';
import { embedSnippet, embedUrl } from '../../src/app/embed-snippet';
import { parseLinkSettings } from '../../src/store/link-settings';

const BASE = 'https://lab.example.edu/backprop/';

/** The iframe element a browser would build from a snippet. */
function parse(snippet: string): HTMLIFrameElement {
  const template = document.createElement('template');
  template.innerHTML = snippet;
  const frame = template.content.firstElementChild;
  if (!(frame instanceof HTMLIFrameElement)) throw new Error('not an iframe');
  return frame;
}

describe('embed snippets', () => {
  it('point at the view the app reads back from the link', () => {
    for (const choice of [
      { view: 'widget', language: 'en' },
      { view: 'quiz', id: 'q-4-2', language: 'pt-BR' },
      { view: 'lab', id: 'optimizer-race', language: 'en', projector: true },
      { view: 'lesson', language: 'pt-BR' },
    ] as const) {
      const url = new URL(embedUrl(BASE, choice));
      expect(url.origin + url.pathname).toBe(BASE);
      const settings = parseLinkSettings(url.search);
      expect(settings.view).toBe(choice.view);
      expect(settings.language).toBe(choice.language);
      expect(settings.id).toBe('id' in choice ? choice.id : undefined);
      expect(settings.projector).toBe('projector' in choice && choice.projector);
    }
  });

  it('make an iframe with a title and full screen allowed, attributes escaped', () => {
    const frame = parse(embedSnippet(BASE, { view: 'widget', language: 'en' }, 'Lab "2–2–1" & co'));
    expect(frame.title).toBe('Lab "2–2–1" & co');
    expect(frame.getAttribute('allow')).toContain('fullscreen');
    expect(frame.src).toBe(embedUrl(BASE, { view: 'widget', language: 'en' }));
    expect(frame.attributes).toHaveLength(7);
  });
});
