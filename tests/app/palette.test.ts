// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PALETTE } from '../../src/features/exercise/network-diagram/weight-style';

const CSS = readFileSync(new URL('../../src/app/styles.css', import.meta.url), 'utf8');

/** The `--color-*: #rrggbb` declarations of the first rule whose selector is `selector`. */
function declarations(selector: string): Record<string, string> {
  const start = CSS.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no rule ${selector}`);
  const body = CSS.slice(start, CSS.indexOf('}', start));
  return Object.fromEntries(
    Array.from(body.matchAll(/(--color-[a-z-]+):\s*(#[0-9a-f]{6});/g), ([, name, value]) => [
      name,
      value,
    ]),
  );
}

const LIGHT = declarations(':root');
const THEMES = {
  light: LIGHT,
  dark: { ...LIGHT, ...declarations(":root[data-theme='dark']:not([data-mode='projector'])") },
};

type Rgb = [number, number, number];
const rgb = (hex: string): Rgb => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)) as Rgb;

/** CSS `color-mix(in srgb, a share%, b)`, the way the callouts tint their surface. */
function mix(a: string, share: number, b: string): Rgb {
  const [x, y] = [rgb(a), rgb(b)];
  return x.map((channel, index) => channel * share + y[index]! * (1 - share)) as Rgb;
}

/** WCAG 2.x relative luminance. */
function luminance(color: Rgb): number {
  const [r, g, b] = color.map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2.x contrast ratio. */
function contrast(first: Rgb | string, second: Rgb | string): number {
  const toRgb = (color: Rgb | string) => (typeof color === 'string' ? rgb(color) : color);
  const [light, dark] = [luminance(toRgb(first)), luminance(toRgb(second))].sort((p, q) => q - p);
  return (light! + 0.05) / (dark! + 0.05);
}

/** Foreground, background, minimum ratio: 4.5 for text, 3 for lines, icons and controls. */
const PAIRS: [string, string, number][] = [
  ...['text', 'muted', 'primary', 'link', 'link-visited', 'danger', 'success', 'warning'].map(
    (name): [string, string, number] => [name, 'background', 4.5],
  ),
  ...['text', 'muted', 'primary'].map((name): [string, string, number] => [name, 'surface', 4.5]),
  ...['text', 'muted', 'primary'].map((name): [string, string, number] => [
    name,
    'notice-surface',
    4.5,
  ]),
  ['primary-text', 'primary', 4.5],
  ['primary-text', 'danger', 4.5],
  ['danger', 'danger-surface', 4.5],
  ['text', 'danger-surface', 4.5],
  ['success', 'success-surface', 4.5],
  ['text', 'success-surface', 4.5],
  ['warning', 'warning-surface', 4.5],
  ['text', 'warning-surface', 4.5],
  ['border', 'background', 3],
  ['focus', 'background', 3],
  ['focus', 'surface', 3],
  // the network diagram: labels on the page and on the lit phase band, marks on the sign's disc
  ...['text', 'muted', 'positive', 'negative', 'gradient', 'phase'].flatMap(
    (name): [string, string, number][] => [
      [name, 'background', 4.5],
      [name, 'phase-surface', 4.5],
    ],
  ),
  ['background', 'positive', 4.5],
  ['background', 'negative', 4.5],
  ['background', 'muted', 4.5],
  ['inactive', 'background', 3],
  ['muted', 'inactive-surface', 4.5],
  ['selected', 'background', 3],
  // the loss surface: its label on the valley; the path and the ball's outline on every band
  ['text', 'contour-low', 4.5],
  ['contour-ink', 'contour-low', 3],
  ['contour-ink', 'contour-high', 3],
];

/** Callout kinds: the colour of each (the kind word, bar and glyph disc). */
const CALLOUT_ACCENTS = [
  'primary',
  'callout-abstract',
  'callout-info',
  'callout-tip',
  'success',
  'callout-question',
  'warning',
  'danger',
  'callout-bug',
  'callout-example',
  'muted',
];

describe.each(Object.entries(THEMES))('the %s palette', (_theme, palette) => {
  const color = (name: string) => {
    const value = palette[`--color-${name}`];
    if (!value) throw new Error(`--color-${name} is not defined`);
    return value;
  };

  it.each(PAIRS)('%s on %s reaches %s:1', (foreground, background, minimum) => {
    expect(contrast(color(foreground), color(background))).toBeGreaterThanOrEqual(minimum);
  });

  it.each(CALLOUT_ACCENTS)(
    'callout %s: the kind word, the text and the glyph reach 4.5:1 on a 7 percent tint of it',
    (accent) => {
      const surface = mix(color(accent), 0.07, color('background'));
      expect(contrast(color(accent), surface)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(color('text'), surface)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(color('primary-text'), color(accent))).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('defines every colour the light palette has', () => {
    expect(Object.keys(palette).sort()).toEqual(Object.keys(LIGHT).sort());
  });
});

describe('the stylesheets', () => {
  it('name only palette variables in the network diagram, and each is defined in both themes', () => {
    for (const value of Object.values(PALETTE)) {
      const name = /^var\((--color-[a-z-]+)\)$/.exec(value)?.[1];
      expect(name, value).toBeDefined();
      expect(THEMES.dark[name!], name).toMatch(/^#/);
      expect(declarations(":root[data-theme='dark']:not([data-mode='projector'])")).toHaveProperty(
        name!,
      );
    }
  });

  it('keep the dark palette off paper: it is inside @media screen', () => {
    const dark = CSS.indexOf(":root[data-theme='dark']");
    const screen = CSS.lastIndexOf('@media screen {', dark);
    expect(screen).toBeGreaterThanOrEqual(0);
    expect(CSS.slice(screen, dark)).not.toContain('}');
  });
});
