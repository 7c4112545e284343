import { ESLint } from 'eslint';

/** The rules that fire on `code` linted as if it lived at `filePath`, with the project's config. */
export async function rulesFor(code: string, filePath: string) {
  const eslint = new ESLint({ cwd: process.cwd() });
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId);
}
