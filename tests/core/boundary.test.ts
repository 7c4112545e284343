// @vitest-environment node
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** Lints a snippet as if it lived at `filePath`, with the project's own ESLint config. */
async function lint(code: string, filePath: string) {
  const eslint = new ESLint({ cwd: process.cwd() });
  const [result] = await eslint.lintText(code, { filePath });
  return result?.messages ?? [];
}

describe('the core boundary lint rule', () => {
  it('rejects React inside src/core', async () => {
    const messages = await lint(
      "import { useState } from 'react';\nexport const hook = useState;\n",
      'src/core/boundary-fixture.ts',
    );
    expect(messages.map((message) => message.ruleId)).toContain('no-restricted-imports');
  });

  it.each([['zustand'], ['recharts'], ['katex'], ['../store/store']])(
    'rejects %s inside src/core',
    async (source) => {
      const messages = await lint(
        `import * as outside from '${source}';\nexport const value = outside;\n`,
        'src/core/boundary-fixture.ts',
      );
      expect(messages.map((message) => message.ruleId)).toContain('no-restricted-imports');
    },
  );

  it('rejects DOM globals and Math.random inside src/core', async () => {
    const messages = await lint(
      'export const width = window.innerWidth + Math.random();\n',
      'src/core/boundary-fixture.ts',
    );
    const rules = messages.map((message) => message.ruleId);
    expect(rules).toContain('no-restricted-globals');
    expect(rules).toContain('no-restricted-properties');
  });

  it('allows React outside src/core', async () => {
    const messages = await lint(
      "import { useState } from 'react';\nexport const hook = useState;\n",
      'src/features/boundary-fixture.ts',
    );
    expect(messages.map((message) => message.ruleId)).not.toContain('no-restricted-imports');
  });
});
