import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import katex from 'katex';
import { labFolderIds } from './lab-folders.ts';
import type { MathProblem, ParseOptions } from './parse-context.ts';

/**
 * What KaTeX says about one formula, rendered as the app renders it (KaTeX defaults, so
 * `trust: false`): a parse error is an error, a strict-mode remark a warning.
 */
export function katexProblems(tex: string, display: boolean): MathProblem[] {
  const shown = tex.length > 60 ? `${tex.slice(0, 57)}...` : tex;
  const problems: MathProblem[] = [];
  try {
    katex.renderToString(tex, {
      displayMode: display,
      throwOnError: true,
      strict: (_code: string, message: string) => {
        problems.push({ severity: 'warning', message: `KaTeX warns about "${shown}": ${message}` });
        return 'ignore';
      },
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return [{ severity: 'error', message: `KaTeX cannot render "${shown}": ${message}` }];
  }
  return problems;
}

/** The path an image src points to, relative to the lesson file at `lessonPath`. */
export function imagePath(lessonPath: string, src: string): string {
  const path = src.split(/[?#]/)[0] ?? '';
  let decoded = path;
  try {
    decoded = decodeURI(path);
  } catch {
    // a malformed escape: look the path up as written
  }
  return resolve(dirname(lessonPath), decoded);
}

/** The full checks, with KaTeX and the file system, for a lesson file at `lessonPath`. */
export function nodeParseOptions(lessonPath: string): ParseOptions {
  return {
    checkMath: katexProblems,
    labIds: labFolderIds(),
    imageExists: (src) => {
      try {
        return statSync(imagePath(lessonPath, src)).isFile();
      } catch {
        return false;
      }
    },
  };
}
