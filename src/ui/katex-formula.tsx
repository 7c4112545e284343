import 'katex/dist/katex.min.css';
import type { ReactNode } from 'react';
import { BlockMath, InlineMath } from 'react-katex';

export interface KatexFormulaProps {
  tex: string;
  display: boolean;
  renderError: (error: Error) => ReactNode;
}

/**
 * KaTeX and its stylesheet, in a chunk of their own: the lesson's text shows without waiting for
 * them (see math-loader.ts). react-katex renders with KaTeX's defaults, among them
 * `trust: false` (no \href, \url, \includegraphics or \htmlData from content).
 */
export function renderFormula({ tex, display, renderError }: KatexFormulaProps): ReactNode {
  return display ? (
    <BlockMath math={tex} renderError={renderError} />
  ) : (
    <InlineMath math={tex} renderError={renderError} />
  );
}
