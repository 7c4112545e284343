// @vitest-environment node
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { rulesFor } from './lint-helpers';

describe('the lint rule against writing HTML from strings in src', () => {
  it.each([
    ['innerHTML', "export const f = (el: Element) => { el.innerHTML = '<b>x</b>'; };"],
    ['outerHTML', "export const f = (el: Element) => { el.outerHTML = '<b>x</b>'; };"],
    ['+= innerHTML', "export const f = (el: Element) => { el.innerHTML += '<b>x</b>'; };"],
    ['computed innerHTML', "export const f = (el: Element) => { el['innerHTML'] = '<b>x</b>'; };"],
    [
      'insertAdjacentHTML',
      "export const f = (el: Element) => el.insertAdjacentHTML('beforeend', '<b>x</b>');",
    ],
    [
      'createContextualFragment',
      "export const f = () => document.createRange().createContextualFragment('<b>x</b>');",
    ],
    ['document.write', "export const f = () => document.write('<b>x</b>');"],
    [
      'dangerouslySetInnerHTML',
      "export const F = () => <div dangerouslySetInnerHTML={{ __html: '<b>x</b>' }} />;",
    ],
  ])('rejects %s', async (_name, code) => {
    expect(await rulesFor(code, 'src/features/html-fixture.tsx')).toContain('no-restricted-syntax');
  });

  it('allows reading innerHTML and building elements', async () => {
    const code =
      "export const f = (el: Element) => { const b = document.createElement('b'); b.textContent = 'x'; el.append(b); return el.innerHTML; };";
    expect(await rulesFor(code, 'src/features/html-fixture.tsx')).not.toContain(
      'no-restricted-syntax',
    );
  });

  it('lets tests build a DOM from markup, but not inject HTML through JSX', async () => {
    expect(
      await rulesFor("document.body.innerHTML = '<main></main>';\n", 'tests/lint/fixture.test.ts'),
    ).not.toContain('no-restricted-syntax');
    expect(
      await rulesFor(
        "export const F = () => <div dangerouslySetInnerHTML={{ __html: 'x' }} />;",
        'tests/lint/fixture.test.tsx',
      ),
    ).toContain('no-restricted-syntax');
  });

  it('leaves <Math> free of exceptions: it renders through react-katex', async () => {
    const eslint = new ESLint({ cwd: process.cwd() });
    const [result] = await eslint.lintFiles(['src/ui/Math.tsx']);
    expect(result?.messages).toEqual([]);
  });
});
