import type { Language } from '../../../content/ui/messages';
import { EXPLODING_NORM } from '../model/vanishing-summary';
import type { StepVerdict } from '../model/vanishing-summary';
import { formatCount, formatField } from '../../../ui/format';
import type { VanishingGradientsMessageKey } from '../messages';

type Translate = (
  key: VanishingGradientsMessageKey,
  values?: Record<string, string | number>,
) => string;

/** Significant figures of a magnitude in the verdict: 370, 0,0037, 2,34·10⁷. */
const MAGNITUDE_FIGURES = 3;

/**
 * A positive magnitude in the app's one number format (formatField) at three significant
 * figures: 0,0037, 25, 370 (pt-BR), and a power of ten from 1000 on or below 0,001, e.g.
 * 2,34·10⁷ or 3,1·10⁻⁵.
 */
export function formatMagnitude(value: number, language: Language): string {
  return formatField(value, language, MAGNITUDE_FIGURES);
}

/** "1/400" for a first layer 400 times smaller, "×25" for one 25 times larger. */
export function ratioText(verdict: StepVerdict, language: Language): string {
  if (verdict.kind === 'smaller') {
    const denominator = verdict.denominator;
    return `1/${denominator < 1e6 ? formatCount(denominator, language) : formatMagnitude(denominator, language)}`;
  }
  if (verdict.kind === 'larger') {
    const factor = verdict.factor;
    return `×${factor < 1e6 ? formatCount(factor, language) : formatMagnitude(factor, language)}`;
  }
  return '';
}

/** The clause for one activation, e.g. "o gradiente da 1ª camada é 1/400 do da última". */
export function verdictText(verdict: StepVerdict, language: Language, t: Translate): string {
  switch (verdict.kind) {
    case 'smaller':
    case 'larger':
      return t(`lab.vanishingGradients.verdict.${verdict.kind}`, {
        ratio: ratioText(verdict, language),
      });
    case 'exploding':
      return t('lab.vanishingGradients.verdict.exploding', {
        largest: formatMagnitude(verdict.largest, language),
        limit: formatCount(EXPLODING_NORM, language),
      });
    case 'diverged':
      return t('lab.vanishingGradients.verdict.diverged', {
        step: formatCount(verdict.step, language),
      });
    default:
      return t(`lab.vanishingGradients.verdict.${verdict.kind}`);
  }
}
