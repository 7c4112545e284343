import type { Language } from '../../../content/ui/messages';
import { EXPLODING_NORM } from '../model/vanishing-summary';
import type { StepVerdict } from '../model/vanishing-summary';
import { formatCount } from '../../../ui/format';
import type { VanishingGradientsMessageKey } from '../messages';

type Translate = (
  key: VanishingGradientsMessageKey,
  values?: Record<string, string | number>,
) => string;

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** 10ⁿ with superscript digits, e.g. 10⁻³. */
export function powerOfTen(exponent: number): string {
  const digits = [...String(Math.abs(exponent))].map((digit) => SUPERSCRIPTS[Number(digit)]);
  return `10${exponent < 0 ? '⁻' : ''}${digits.join('')}`;
}

/**
 * A positive magnitude with two significant digits: 0,0037, 25, 370, 1.200 (pt-BR) below a million
 * and above 0.001; otherwise mantissa × 10ⁿ, e.g. 2,3 × 10⁷.
 */
export function formatMagnitude(value: number, language: Language): string {
  if (!Number.isFinite(value)) return '—';
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude >= 1e-3 && magnitude < 1e6) {
    return new Intl.NumberFormat(language, { maximumSignificantDigits: 2 }).format(value);
  }
  const exponent = Math.floor(Math.log10(magnitude));
  const mantissa = value / 10 ** exponent;
  const shown = new Intl.NumberFormat(language, { maximumSignificantDigits: 2 }).format(mantissa);
  return `${shown} × ${powerOfTen(exponent)}`;
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

/** A log-axis tick at a power of ten: "1" for 10⁰, otherwise 10ⁿ. */
export function powerTick(value: number): string {
  const exponent = Math.round(Math.log10(value));
  return exponent === 0 ? '1' : powerOfTen(exponent);
}
