import { ARCHITECTURE_FIELD_LIMITS, type ArchitectureField } from '../model/architecture';
import type { ArchitectureStats } from '../model/architecture-run';
import type { Language } from '../../../content/ui/messages';
import type { ArchitectureMessageKey } from '../messages';
import { formatCount, formatField, formatFixed, formatValue } from '../../../ui/format';

/** One labelled value of the read-outs and of the summary table. */
export interface StatRow {
  key: ArchitectureMessageKey;
  value: string;
}

type Translate = (key: ArchitectureMessageKey, values?: Record<string, string | number>) => string;

/** A setting's value as one would type it: a whole count (2.147.483.646) or formatField's 1·10⁻⁴. */
export function formatSetting(field: ArchitectureField, value: number, language: Language): string {
  return ARCHITECTURE_FIELD_LIMITS[field].integer
    ? formatCount(value, language)
    : formatField(value, language);
}

/** A share in [0, 1] as a percentage with one decimal. */
export function formatShare(share: number, language: Language, t: Translate): string {
  return t('lab.architecture.percent', { value: formatFixed(share * 100, language, 1) });
}

/**
 * Step, losses, accuracies and the class-1 share of the plane, formatted for display; losses at
 * the display's `significantFigures`.
 */
export function statRows(
  stats: ArchitectureStats,
  language: Language,
  significantFigures: number,
  t: Translate,
): StatRow[] {
  const noTest = t('lab.architecture.noTest');
  const loss = (value: number) => formatValue(value, language, significantFigures);
  return [
    { key: 'lab.architecture.stepCount', value: formatCount(stats.step, language) },
    { key: 'lab.architecture.trainLoss', value: loss(stats.trainLoss) },
    {
      key: 'lab.architecture.testLoss',
      value: stats.testLoss === null ? noTest : loss(stats.testLoss),
    },
    {
      key: 'lab.architecture.trainAccuracy',
      value: formatShare(stats.trainAccuracy, language, t),
    },
    {
      key: 'lab.architecture.testAccuracy',
      value: stats.testAccuracy === null ? noTest : formatShare(stats.testAccuracy, language, t),
    },
    {
      key: 'lab.architecture.classOneShare',
      value: formatShare(stats.classOneShare, language, t),
    },
  ];
}
