// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { youtubeVideo } from '../../src/content/lesson/loader/video-link';
import { blocksOfType, md, messages, parseSection, SECTION_OFFSET } from './lesson-test-helpers';

const ID = 'mBqfY_TX_8o';
const THUMBNAIL = `https://img.youtube.com/vi/${ID}/0.jpg`;

/** The course's idiom: a remote thumbnail linked to `href`. */
const idiom = (href: string, alt = 'Vídeo recomendado') => `[![${alt}](${THUMBNAIL})](${href})`;

describe('the course’s video idiom [![alt](thumbnail)](youtube)', () => {
  it.each([
    `https://www.youtube.com/watch?v=${ID}`,
    `https://youtube.com/watch?v=${ID}&t=42s`,
    `http://m.youtube.com/watch?feature=share&v=${ID}`,
    `https://youtu.be/${ID}`,
    `https://youtu.be/${ID}?si=abc`,
    `//youtu.be/${ID}`,
    `https://www.youtube.com/embed/${ID}`,
    `https://www.youtube-nocookie.com/embed/${ID}?start=10`,
  ])('becomes the video card for %s, with no error and no image', (href) => {
    const { lesson, diagnostics } = parseSection(idiom(href));
    expect(diagnostics).toEqual([]);
    expect(blocksOfType(lesson, 'widget')).toEqual([
      {
        type: 'widget',
        name: 'video',
        attributes: { 'data-video-id': ID, 'data-title': 'Vídeo recomendado' },
      },
    ]);
    // the thumbnail is never kept: the card draws its own picture and loads nothing remote
    expect(blocksOfType(lesson, 'paragraph')).toEqual([]);
  });

  it('is the same card as the <div id="video"> placeholder', () => {
    const placeholder = parseSection(
      `<div id="video" data-video-id="${ID}" data-title="Vídeo recomendado"></div>`,
    );
    const written = parseSection(idiom(`https://youtu.be/${ID}`));
    expect(blocksOfType(written.lesson, 'widget')).toEqual(
      blocksOfType(placeholder.lesson, 'widget'),
    );
  });

  it('leaves the title to the card when the thumbnail has no alt text', () => {
    const { lesson } = parseSection(idiom(`https://youtu.be/${ID}`, ''));
    expect(blocksOfType(lesson, 'widget')[0]?.attributes).toEqual({ 'data-video-id': ID });
  });

  it('works with reference links', () => {
    const { lesson, diagnostics } = parseSection(
      '[![Assista][thumb]][watch]',
      '',
      `[thumb]: ${THUMBNAIL}`,
      `[watch]: https://www.youtube.com/watch?v=${ID}`,
    );
    expect(diagnostics).toEqual([]);
    expect(blocksOfType(lesson, 'widget')).toEqual([
      {
        type: 'widget',
        name: 'video',
        attributes: { 'data-video-id': ID, 'data-title': 'Assista' },
      },
    ]);
  });

  it('works inside a callout', () => {
    const { lesson, diagnostics } = parseSection(
      '!!! tip "Vídeo"',
      `    ${idiom(`https://youtu.be/${ID}`, 'Assista')}`,
    );
    expect(diagnostics).toEqual([]);
    expect(blocksOfType(lesson, 'callout')[0]?.children).toEqual([
      {
        type: 'widget',
        name: 'video',
        attributes: { 'data-video-id': ID, 'data-title': 'Assista' },
      },
    ]);
  });

  it('is an error naming the line when the YouTube link names no video', () => {
    const result = parseSection('', idiom('https://www.youtube.com/@some-channel'));
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ line: SECTION_OFFSET + 2, severity: 'error' }),
    ]);
    expect(messages(result, 'error')).toEqual([expect.stringContaining('names no video')]);
    expect(blocksOfType(result.lesson, 'widget')).toEqual([]);
  });

  it('keeps a remote image linked to another site an error, at its line', () => {
    const result = parseSection('Texto.', '', idiom('https://vimeo.com/123456'));
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ line: SECTION_OFFSET + 3, severity: 'error' }),
    ]);
    expect(messages(result, 'error')).toEqual([expect.stringContaining('remote image')]);
    expect(blocksOfType(result.lesson, 'widget')).toEqual([]);
  });

  it('keeps the idiom inside a sentence an error: the card must stand alone', () => {
    const result = parseSection(`Veja ${idiom(`https://youtu.be/${ID}`)} antes.`);
    expect(messages(result, 'error')).toEqual([expect.stringContaining('remote image')]);
    expect(blocksOfType(result.lesson, 'widget')).toEqual([]);
  });

  it('leaves a local thumbnail linked to YouTube as a linked image', () => {
    const { lesson, diagnostics } = parseSection(`[![Capa](img/capa.png)](https://youtu.be/${ID})`);
    expect(diagnostics).toEqual([]);
    expect(blocksOfType(lesson, 'widget')).toEqual([]);
    expect(blocksOfType(lesson, 'paragraph')[0]?.children).toEqual([
      {
        type: 'link',
        url: `https://youtu.be/${ID}`,
        children: [{ type: 'image', src: 'img/capa.png', alt: 'Capa' }],
      },
    ]);
  });

  it('leaves a plain link to YouTube a link', () => {
    const { lesson, diagnostics } = parseSection(md(`[o vídeo](https://youtu.be/${ID})`));
    expect(diagnostics).toEqual([]);
    expect(blocksOfType(lesson, 'paragraph')[0]?.children).toEqual([
      {
        type: 'link',
        url: `https://youtu.be/${ID}`,
        children: [{ type: 'text', value: 'o vídeo' }],
      },
    ]);
  });
});

describe('youtubeVideo', () => {
  it('reads the id of each URL form, and says when a YouTube URL names none', () => {
    expect(youtubeVideo(`https://www.youtube.com/watch?v=${ID}`)).toEqual({ id: ID });
    expect(youtubeVideo(`https://youtu.be/${ID}`)).toEqual({ id: ID });
    expect(youtubeVideo(`https://www.youtube.com/embed/${ID}`)).toEqual({ id: ID });
    expect(youtubeVideo('https://www.youtube.com/watch?v=short')).toEqual({ id: null });
    expect(youtubeVideo('https://www.youtube.com/')).toEqual({ id: null });
    expect(youtubeVideo('https://youtu.be/')).toEqual({ id: null });
  });

  it('is null for other sites, look-alike hosts and other schemes', () => {
    for (const href of [
      `https://vimeo.com/${ID}`,
      `https://notyoutube.com/watch?v=${ID}`,
      `https://youtube.com.evil.example/watch?v=${ID}`,
      `javascript:alert(1)//youtu.be/${ID}`,
      `ftp://youtu.be/${ID}`,
      'not a url',
    ]) {
      expect(youtubeVideo(href)).toBeNull();
    }
  });
});
