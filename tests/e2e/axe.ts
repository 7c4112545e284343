import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Rules every run turns on by name: a scroll region must take keyboard focus (2.1.1), a control's
 * accessible name must contain its visible label (2.5.3; axe marks this one experimental, so the
 * WCAG tags alone leave it off) and targets must be at least 24 px (2.5.8).
 */
export const NAMED_RULES = [
  'scrollable-region-focusable',
  'label-content-name-mismatch',
  'target-size',
];

/** What one axe run looks at. */
export interface AxeScope {
  /** CSS selectors to scan instead of the whole page. */
  include?: string[];
  /** CSS selectors left out of the scan. */
  exclude?: string[];
  /** Only these rules (by default every WCAG 2.2 A/AA rule and NAMED_RULES). */
  rules?: string[];
  /** Every WCAG rule (and NAMED_RULES) but these. */
  skipRules?: string[];
}

/**
 * The WCAG 2.2 AA violations axe finds in `scope`, as short lines (rule, impact, the first few
 * elements) for a readable failure.
 *
 * Legacy mode runs axe in the page itself: the default mode also runs it per frame and merges
 * the results in a second page, which doubles the time on the lesson (20,000 elements, most of
 * them KaTeX's) and buys nothing here, since no view of the app has a cross-origin frame (the
 * framed views are scanned on their own).
 */
export async function axeViolations(page: Page, scope: AxeScope = {}): Promise<string[]> {
  const rules: Record<string, { enabled: boolean }> = {};
  if (!scope.rules) for (const rule of NAMED_RULES) rules[rule] = { enabled: true };
  for (const rule of scope.skipRules ?? []) rules[rule] = { enabled: false };
  let builder = new AxeBuilder({ page })
    .setLegacyMode(true)
    // only violations are needed: collecting every passing node of the lesson is slow
    .options({ resultTypes: ['violations'], rules });
  builder = scope.rules ? builder.withRules(scope.rules) : builder.withTags(WCAG_TAGS);
  for (const selector of scope.include ?? []) builder = builder.include(selector);
  for (const selector of scope.exclude ?? []) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
        .slice(0, 4)
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  );
}
