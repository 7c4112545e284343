import { useCallback } from 'react';
import { formatValue } from '../../../ui/format';
import { useLanguage } from '../../../ui/use-translation';

/** Up to this many significant figures on the drawing; names, details and table use the display's. */
export const DIAGRAM_FIGURES = 3;

/** A number as the drawing writes it: 1 to 3 significant figures, in the current language. */
export function useDiagramFormat(): (value: number) => string {
  const language = useLanguage();
  return useCallback(
    (value: number) => formatValue(value, language, DIAGRAM_FIGURES, 1),
    [language],
  );
}
