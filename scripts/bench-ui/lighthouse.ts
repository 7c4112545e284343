import lighthouse, { desktopConfig } from 'lighthouse';
import { freePort, launchChromium } from './browser';
import type { Row } from './table';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const TARGETS: Record<(typeof CATEGORIES)[number], number | null> = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  seo: null,
};

/**
 * One Lighthouse 12 run with its desktop preset (simulated throttling), in a Chromium launched
 * with a DevTools port for Lighthouse to drive. Prints the four category scores.
 */
export async function measureLighthouse(url: string): Promise<Row[]> {
  const port = await freePort();
  const browser = await launchChromium(port);
  try {
    const result = await lighthouse(
      url,
      { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
      desktopConfig,
    );
    if (!result) throw new Error('Lighthouse returned no result');
    const { categories, audits } = result.lhr;
    const failing = (category: string) =>
      (categories[category]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => {
          const shown = audits[ref.id]?.displayValue;
          return shown ? `${ref.id} ${shown}` : ref.id;
        })
        .join(', ');
    return CATEGORIES.map((category) => {
      const score = Math.round((categories[category]?.score ?? 0) * 100);
      const target = TARGETS[category];
      return {
        group: 'Lighthouse (desktop)',
        metric: category,
        value: String(score),
        target: target === null ? '' : target === 100 ? '100' : `≥ ${target}`,
        meets: target === null ? null : score >= target,
        note: failing(category),
      };
    });
  } finally {
    await browser.close();
  }
}
