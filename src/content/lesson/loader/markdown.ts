import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkMath).freeze();

/** Ordinary Markdown (CommonMark + GFM + `$` math) as an mdast tree. */
export function parseMarkdown(source: string): Root {
  return processor.parse(source);
}
