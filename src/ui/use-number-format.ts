import { useCallback } from 'react';
import { useAppStore } from '../store/store';
import { formatField, formatValue } from './format';

/** The significant figures the display asks the exercise's numbers to be shown with. */
export function useSignificantFigures(): number {
  return useAppStore((state) => state.significantFigures);
}

/** formatValue in the current language at the display's significant figures. */
export function useFormatValue(): (value: number) => string {
  const language = useAppStore((state) => state.language);
  const figures = useSignificantFigures();
  return useCallback((value: number) => formatValue(value, language, figures), [language, figures]);
}

/** formatField (no trailing zeros, for an editable field) at the display's significant figures. */
export function useFormatField(): (value: number) => string {
  const language = useAppStore((state) => state.language);
  const figures = useSignificantFigures();
  return useCallback((value: number) => formatField(value, language, figures), [language, figures]);
}
