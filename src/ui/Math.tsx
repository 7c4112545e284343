import { useCallback, useLayoutEffect, useRef } from 'react';
import { useMathRenderer } from './math-loader';
import { mathText } from './math-text';
import { useTranslation } from './use-translation';

interface MathProps {
  /** TeX source, written as TeX (not double-escaped). */
  tex: string;
  /** Display math on its own line; inline otherwise. */
  display?: boolean;
}

/**
 * The one place TeX becomes HTML (through KatexFormula, loaded after the text); a formula that
 * does not parse shows a visible message instead of breaking the page. Until KaTeX arrives the
 * formula shows as its TeX source, so the text around it is readable from the first paint.
 *
 * Browsers leave KaTeX's MathML out of accessible names, so a quiz option that is only a formula
 * would have no name: the wrapper is role="math" with the formula as plain text for its label.
 */
export function Math({ tex, display = false }: MathProps) {
  const t = useTranslation();
  // one ref for either wrapper element
  const wrapper = useRef<HTMLDivElement & HTMLSpanElement>(null);
  const renderFormula = useMathRenderer();
  const renderError = useCallback(
    (error: Error) => (
      <span className="math-error" role="note">
        {t('math.error')}: <code>{tex}</code> — {error.message}
      </span>
    ),
    [t, tex],
  );
  useLayoutEffect(() => {
    const element = wrapper.current;
    const math = element?.querySelector('math');
    if (!element) return;
    if (math) {
      element.setAttribute('role', 'math');
      element.setAttribute('aria-label', mathText(math));
    } else {
      element.removeAttribute('role');
      element.removeAttribute('aria-label');
    }
  }, [tex, renderFormula]);
  const formula = renderFormula ? (
    renderFormula({ tex, display, renderError })
  ) : (
    <code className="math-pending">{tex}</code>
  );
  return display ? (
    <div className="math-formula" ref={wrapper}>
      {formula}
    </div>
  ) : (
    <span className="math-formula" ref={wrapper}>
      {formula}
    </span>
  );
}
