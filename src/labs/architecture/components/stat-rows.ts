import type { ArchitectureStats } from '../model/architecture-run';
import type { Language } from '../../../content/ui/messages';
import type { ArchitectureMessageKey } from '../messages';
import { formatCount, formatFixed, formatValue } from '../../../ui/format';

/** One labelled value of the read-outs and of the summary table. */
export interface StatRow {
  key: ArchitectureMessageKey;
  value: string;
}

type Translate = (key: ArchitectureMessageKey, values?: Record<string, string | number>) => string;

/** A setting as typed: up to 4 decimals, no grouping, no trailing zeros (0,0001 or 200). */
export function formatPlain(value: number, language: Language): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 4, useGrouping: false }).format(
    value,
  );
}

/** A share in [0, 1] as a percentage with one decimal. */
export function formatShare(share: number, language: Language, t: Translate): string {
  return t('lab.architecture.percent', { value: formatFixed(share * 100, language, 1) });
}

/** Step, losses, accuracies and the class-1 share of the plane, formatted for display. */
export function statRows(stats: ArchitectureStats, language: Language, t: Translate): StatRow[] {
  const noTest = t('lab.architecture.noTest');
  return [
    { key: 'lab.architecture.stepCount', value: formatCount(stats.step, language) },
    { key: 'lab.architecture.trainLoss', value: formatValue(stats.trainLoss, language) },
    {
      key: 'lab.architecture.testLoss',
      value: stats.testLoss === null ? noTest : formatValue(stats.testLoss, language),
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
