import 'katex/dist/katex.min.css';
import { useCallback } from 'react';
import { BlockMath, InlineMath } from 'react-katex';
import { useTranslation } from './use-translation';

interface MathProps {
  /** TeX source, written as TeX (not double-escaped). */
  tex: string;
  /** Display math on its own line; inline otherwise. */
  display?: boolean;
}

/**
 * The one place TeX becomes HTML. react-katex renders with KaTeX's defaults, among them
 * `trust: false` (no \href, \url, \includegraphics or \htmlData from content); a formula that
 * does not parse shows a visible message instead of breaking the page.
 */
export function Math({ tex, display = false }: MathProps) {
  const t = useTranslation();
  const renderError = useCallback(
    (error: Error) => (
      <span className="math-error" role="note">
        {t('math.error')}: <code>{tex}</code> — {error.message}
      </span>
    ),
    [t, tex],
  );
  return display ? (
    <BlockMath math={tex} renderError={renderError} />
  ) : (
    <InlineMath math={tex} renderError={renderError} />
  );
}
