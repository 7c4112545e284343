import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allParameterRefs,
  flatParameterIndex,
  parameterValue,
  refKey,
  sameRef,
  setParameterValue,
} from '../../../src/core/network/parameter-ref';
import { flattenParameters, parameterCount } from '../../../src/core/network/parameters';
import { caseArbitrary } from './arbitraries';

describe('one parameter reference for every network', () => {
  it('enumerates each parameter once, in flattenParameters’ order, with its value there', () => {
    fc.assert(
      fc.property(caseArbitrary, ({ spec, parameters }) => {
        const refs = allParameterRefs(spec);
        expect(refs).toHaveLength(parameterCount(spec));
        expect(new Set(refs.map(refKey)).size).toBe(refs.length);
        const flat = flattenParameters(spec, parameters);
        refs.forEach((ref, index) => {
          expect(flatParameterIndex(spec, ref)).toBe(index);
          expect(parameterValue(parameters, ref)).toBe(flat[index]);
        });
      }),
      { seed: 5, numRuns: 40 },
    );
  });

  it('knows no parameter outside the network', () => {
    fc.assert(
      fc.property(caseArbitrary, ({ spec, parameters }) => {
        const last = spec.layers.length - 1;
        const size = spec.layers[last]?.size ?? 0;
        const outside = [
          { layer: spec.layers.length, kind: 'bias', row: 0, column: 0 },
          { layer: last, kind: 'bias', row: size, column: 0 },
          { layer: 0, kind: 'weight', row: 0, column: spec.inputSize },
          { layer: 0, kind: 'weight', row: -1, column: 0 },
        ] as const;
        for (const ref of outside) {
          expect(flatParameterIndex(spec, ref), refKey(ref)).toBeUndefined();
          expect(parameterValue(parameters, ref), refKey(ref)).toBeUndefined();
          expect(setParameterValue(parameters, ref, 1), refKey(ref)).toBeNull();
        }
      }),
      { seed: 6, numRuns: 40 },
    );
  });

  it('treats two references to one bias as the same, whatever their column says', () => {
    expect(
      sameRef(
        { layer: 1, kind: 'bias', row: 0, column: 0 },
        { layer: 1, kind: 'bias', row: 0, column: 3 },
      ),
    ).toBe(true);
    expect(
      sameRef(
        { layer: 0, kind: 'weight', row: 0, column: 0 },
        { layer: 0, kind: 'weight', row: 0, column: 1 },
      ),
    ).toBe(false);
  });
});
