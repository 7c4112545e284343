import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Plugin } from 'vite';
import type { Lesson } from '../src/content/lesson/lesson-types.ts';
import { formatDiagnostic } from '../src/content/lesson/loader/diagnostics.ts';
import { nodeParseOptions } from '../src/content/lesson/loader/node-checks.ts';
import { parseLesson } from '../src/content/lesson/loader/parse-lesson.ts';

/** `lesson.en.md?lesson` (Vite may append more query parameters, such as `&import`). */
function lessonPath(id: string): string | null {
  const [path = '', query = ''] = id.split('?', 2);
  return path.endsWith('.md') && new URLSearchParams(query).has('lesson') ? path : null;
}

/**
 * `import lesson from './x.md?lesson'` parses the Markdown at build time: the module is the
 * lesson as data (`export default {…}`), so the browser never ships the parser. Any error
 * diagnostic fails the build with `file:line`; warnings are printed.
 */
export function lessonMarkdown(): Plugin {
  return {
    name: 'lesson-markdown',
    enforce: 'pre',
    load(id) {
      const path = lessonPath(id);
      if (path === null) return null;
      this.addWatchFile(path);
      const { lesson, diagnostics } = parseLesson(
        readFileSync(path, 'utf8'),
        nodeParseOptions(path),
      );
      const shown = relative(process.cwd(), path);
      const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
      for (const warning of diagnostics.filter((diagnostic) => diagnostic.severity === 'warning')) {
        this.warn(formatDiagnostic(shown, warning));
      }
      if (errors.length > 0) {
        this.error(errors.map((error) => formatDiagnostic(shown, error)).join('\n'));
      }
      return { code: lessonModuleCode(lesson), map: null, moduleType: 'js' };
    },
  };
}

const IMAGE_TOKEN = /"\\u0000lesson-image-(\d+)\\u0000"/g;

/**
 * The lesson as an ES module. Each local image becomes an import of the file beside the lesson,
 * so Vite copies it into the build and its `src` is the built URL.
 */
export function lessonModuleCode(lesson: Lesson): string {
  const images: string[] = [];
  const json = JSON.stringify(lesson, (key, value: unknown) => {
    if (key !== 'src' || typeof value !== 'string') return value;
    const index = images.includes(value) ? images.indexOf(value) : images.push(value) - 1;
    return `\u0000lesson-image-${index}\u0000`;
  });
  const imports = images.map((src, index) => {
    const specifier = /^\.{1,2}\//.test(src) ? src : `./${src}`;
    return `import lessonImage${index} from ${JSON.stringify(decodeURI(specifier))};\n`;
  });
  return `${imports.join('')}export default ${json.replace(IMAGE_TOKEN, 'lessonImage$1')};\n`;
}
