import fc from 'fast-check';

/** Keys that reach prototypes when an object is built carelessly. */
export const DANGEROUS_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** Numbers at and past the edges: huge, tiny, negative zero, just off an integer. */
export const edgeNumber = fc.oneof(
  fc.constantFrom(
    0,
    -0,
    1,
    63,
    64,
    65,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER + 2,
    5e-324,
    63.0000001,
  ),
  fc.double(),
  fc.integer({ min: -100, max: 100 }),
);

/** Short text, including the dangerous keys and characters URLs and JSON must escape. */
export const garbageString = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(...DANGEROUS_KEYS, '', ' ', '%', '%00', '&', '=', '"', '\\', '\u0000', '😀'),
);

/** JSON text of any value, up to `depth` levels, with object keys drawn from `keys`. */
export function jsonText(keys: fc.Arbitrary<string>, depth = 4): fc.Arbitrary<string> {
  const { value } = fc.letrec<{ value: string }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true, maxDepth: depth },
      fc.constantFrom('null', 'true', 'false', '1e400', '-1e400', '1e308'),
      edgeNumber.map((number) => (Number.isFinite(number) ? JSON.stringify(number) : '0')),
      garbageString.map((text) => JSON.stringify(text)),
      fc.array(tie('value'), { maxLength: 5 }).map((items) => `[${items.join(',')}]`),
      fc
        .array(fc.tuple(keys, tie('value')), { maxLength: 6 })
        .map(
          (entries) =>
            `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${item}`).join(',')}}`,
        ),
    ),
  }));
  return value;
}

/** `text` nested `levels` deep in arrays and objects, as JSON. */
export const deeplyNested = (text: string, levels: number) =>
  '[{"a":'.repeat(levels) + text + '}]'.repeat(levels);

/** Every own property name of Object.prototype, to compare before and after. */
export function prototypeSnapshot(): string[] {
  return Object.getOwnPropertyNames(Object.prototype).sort();
}

/** True when nothing was added to Object.prototype (e.g. a "polluted" flag). */
export function prototypeIsClean(before: readonly string[]): boolean {
  const probe = {} as Record<string, unknown>;
  return (
    probe.polluted === undefined &&
    JSON.stringify(prototypeSnapshot()) === JSON.stringify(before) &&
    Object.getPrototypeOf(probe) === Object.prototype
  );
}

/** Keys of the saved challenge records, with dangerous and garbage ones among them. */
export const challengeKey = fc.oneof(
  fc.constantFrom('reluFast', 'xor', 'divergingRate', 'crawlingRate', 'iteration'),
  fc.constantFrom(...DANGEROUS_KEYS),
  garbageString,
);

/** Saved `challengesCompleted` as JSON text: well-formed records, subtly wrong ones, and garbage. */
export const challengeRecordsJson: fc.Arbitrary<string> = fc.oneof(
  fc
    .record(
      {
        reluFast: fc.integer({ min: -2, max: 1e9 + 2 }).map((iteration) => ({ iteration })),
        xor: fc.oneof(
          edgeNumber.map((iteration) => ({
            iteration: Number.isFinite(iteration) ? iteration : 0,
          })),
          fc.constantFrom('{}', '[]', 'null').map((text) => JSON.parse(text) as unknown),
        ),
        divergingRate: fc.oneof(edgeNumber, fc.constantFrom(0.01, 50, 50.0001, '3')),
        crawlingRate: fc.oneof(fc.double({ min: 0, max: 60, noNaN: true }), fc.constant(null)),
      },
      { requiredKeys: [] },
    )
    .map((record) =>
      JSON.stringify(record, (_key, value: unknown) =>
        typeof value === 'number' && !Number.isFinite(value) ? 1e308 : value,
      ),
    ),
  jsonText(challengeKey, 3),
);
