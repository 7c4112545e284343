// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import noImages from '../fixtures/lessons/no-images.md?lesson';
import withImage from '../fixtures/lessons/good.md?lesson';
import { lessonMarkdown, lessonModuleCode } from '../../scripts/vite-lesson-plugin';
import type { Lesson } from '../../src/content/lesson/lesson-types';
import { parseLesson } from '../../src/content/lesson/loader/parse-lesson';
import { fixturePath, readFixture } from './fixtures';
import { blocksOfType, lineOf } from './lesson-test-helpers';

/** The plugin's load hook, called with a stand-in for Rollup's plugin context. */
function load(id: string) {
  const plugin = lessonMarkdown();
  const hook = plugin.load as unknown as (this: object, id: string) => { code: string } | null;
  const context = {
    addWatchFile: vi.fn(),
    warn: vi.fn(),
    error: (message: string) => {
      throw new Error(message);
    },
  };
  return { context, run: () => hook.call(context, id) };
}

function imageSources(lesson: Lesson): string[] {
  return blocksOfType(lesson, 'paragraph').flatMap((paragraph) =>
    paragraph.children.flatMap((inline) => (inline.type === 'image' ? [inline.src] : [])),
  );
}

describe('the ?lesson Vite plugin', () => {
  it('turns a Markdown file into a module whose default export is the parsed lesson', () => {
    expect(noImages).toEqual(parseLesson(readFixture('no-images.md')).lesson);
  });

  it('imports local images as assets, so their src is a built URL (small ones inlined)', () => {
    const parsed = parseLesson(readFixture('good.md')).lesson;
    const [src] = imageSources(withImage);
    expect(imageSources(parsed)).toEqual(['pixel.svg']);
    expect(src).toMatch(/^data:image\/svg\+xml,|pixel.*\.svg$/);
    expect(src).not.toBe('pixel.svg');
    expect(JSON.parse(JSON.stringify(withImage).replace(src!, 'pixel.svg'))).toEqual(parsed);
  });

  it('writes one import per distinct image', () => {
    const lesson = parseLesson('# T\n\n![a](x.png) ![b](x.png) ![c](sub/y.png)').lesson;
    const code = lessonModuleCode(lesson);
    expect(code.match(/^import /gm)).toHaveLength(2);
    expect(code).toContain('from "./x.png"');
    expect(code).toContain('from "./sub/y.png"');
  });

  it('ignores ids that are not .md?lesson', () => {
    expect(load('/x/lesson.md').run()).toBeNull();
    expect(load('/x/data.json?lesson').run()).toBeNull();
  });

  it('accepts extra query parameters and watches the file', () => {
    const path = fixturePath('no-images.md');
    const { context, run } = load(`${process.cwd()}/${path}?lesson&import`);
    expect(run()?.code).toMatch(/^export default \{/);
    expect(context.addWatchFile).toHaveBeenCalledWith(`${process.cwd()}/${path}`);
  });

  it('fails the build with file:line on an error diagnostic', () => {
    const path = fixturePath('unknown-widget.md');
    const line = lineOf(readFixture('unknown-widget.md'), 'gradient-toy');
    const { run } = load(`${process.cwd()}/${path}?lesson`);
    expect(run).toThrow(`${path}:${line}: error: unknown widget id "gradient-toy"`);
  });

  it('passes warnings on without failing', () => {
    const path = fixturePath('warnings.md');
    const { context, run } = load(`${process.cwd()}/${path}?lesson`);
    expect(run()).not.toBeNull();
    expect(context.warn).toHaveBeenCalledWith(expect.stringContaining(`${path}:`));
  });
});
