import { useEffect, useRef, useState } from 'react';
import { Math } from '../../../ui/Math';
import { useTranslation } from '../../../ui/use-translation';

/**
 * A display formula. When it is wider than its column it scrolls sideways, and then it becomes a
 * named tab stop so that a keyboard can scroll it too (WCAG 2.1.1); a formula that fits adds no
 * tab stop.
 */
export function MathBlock({ tex }: { tex: string }) {
  const t = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setOverflows(element.scrollWidth > element.clientWidth);
    measure();
    // the formula's width changes when KaTeX typesets it and again when its fonts arrive (neither
    // resizes the block itself), and the block's when the window does: measure after each
    const content = new MutationObserver(measure);
    content.observe(element, { childList: true, subtree: true });
    const fonts = typeof document !== 'undefined' ? document.fonts : undefined;
    fonts?.addEventListener('loadingdone', measure);
    void fonts?.ready.then(measure);
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(element);
    return () => {
      content.disconnect();
      fonts?.removeEventListener('loadingdone', measure);
      observer?.disconnect();
    };
  }, []);

  return (
    <div
      ref={ref}
      className="math-block"
      {...(overflows
        ? { tabIndex: 0, role: 'group', 'aria-label': t('lesson.formulaScroll') }
        : {})}
    >
      <Math tex={tex} display />
    </div>
  );
}
