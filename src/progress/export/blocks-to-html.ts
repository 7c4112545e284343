import type { Block, Inline } from '../../content/lesson/lesson-types';

/**
 * Lesson content as HTML for a question bank (Moodle, Canvas). Every piece of text is escaped; the
 * only markup is the handful of elements written here. Formulas stay TeX between `\(…\)` (inline)
 * and `\[…\]` (display), which Moodle's MathJax filter and Canvas's math rendering typeset.
 * Images become their alt text, as their files are not in the bank; links keep only http(s) URLs.
 */

/** Text as HTML character data or a double-quoted attribute value. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** The URL when it is an absolute http(s) one, else null (no javascript:, data:, relative paths). */
function safeUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

export function inlinesToHtml(inlines: readonly Inline[]): string {
  return inlines.map(inlineToHtml).join('');
}

function inlineToHtml(inline: Inline): string {
  switch (inline.type) {
    case 'text':
      return escapeHtml(inline.value);
    case 'emphasis':
      return `<em>${inlinesToHtml(inline.children)}</em>`;
    case 'strong':
      return `<strong>${inlinesToHtml(inline.children)}</strong>`;
    case 'delete':
      return `<del>${inlinesToHtml(inline.children)}</del>`;
    case 'inlineCode':
      return `<code>${escapeHtml(inline.value)}</code>`;
    case 'inlineMath':
      return escapeHtml(`\\(${inline.tex}\\)`);
    case 'link': {
      const url = safeUrl(inline.url);
      const content = inlinesToHtml(inline.children);
      return url ? `<a href="${escapeHtml(url)}">${content}</a>` : content;
    }
    case 'image':
      return escapeHtml(inline.alt);
    case 'break':
      return '<br>';
  }
}

const ALIGN = { left: 'left', right: 'right', center: 'center' } as const;

function tableToHtml(block: Extract<Block, { type: 'table' }>): string {
  const cell = (tag: 'th' | 'td', content: Inline[], column: number) => {
    const align = block.align[column];
    const style = align ? ` style="text-align: ${ALIGN[align]}"` : '';
    return `<${tag}${style}>${inlinesToHtml(content)}</${tag}>`;
  };
  const [header, ...body] = block.rows;
  const head = header
    ? `<thead><tr>${header.map((content, column) => cell('th', content, column)).join('')}</tr></thead>`
    : '';
  const rows = body
    .map((row) => `<tr>${row.map((content, column) => cell('td', content, column)).join('')}</tr>`)
    .join('');
  return `<table>${head}<tbody>${rows}</tbody></table>`;
}

export function blocksToHtml(blocks: readonly Block[]): string {
  return blocks.map(blockToHtml).join('');
}

function blockToHtml(block: Block): string {
  switch (block.type) {
    case 'heading':
      return `<h${block.depth}>${inlinesToHtml(block.children)}</h${block.depth}>`;
    case 'paragraph':
      return `<p>${inlinesToHtml(block.children)}</p>`;
    case 'math':
      return `<p>${escapeHtml(`\\[${block.tex}\\]`)}</p>`;
    case 'code':
      return `<pre><code>${escapeHtml(block.value)}</code></pre>`;
    case 'list': {
      const items = block.items.map((item) => `<li>${blocksToHtml(item)}</li>`).join('');
      if (!block.ordered) return `<ul>${items}</ul>`;
      const start = block.start !== null && block.start !== 1 ? ` start="${block.start}"` : '';
      return `<ol${start}>${items}</ol>`;
    }
    case 'blockquote':
      return `<blockquote>${blocksToHtml(block.children)}</blockquote>`;
    case 'table':
      return tableToHtml(block);
    case 'thematicBreak':
      return '<hr>';
    case 'callout': {
      const title = block.title ? `<p><strong>${inlinesToHtml(block.title)}</strong></p>` : '';
      return `<div>${title}${blocksToHtml(block.children)}</div>`;
    }
    // interactive parts of the page have no place in a bank question
    case 'quiz':
    case 'quizIntro':
    case 'quizResults':
    case 'widget':
      return '';
  }
}
