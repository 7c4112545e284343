import { describe, expect, it } from 'vitest';
import {
  parameterRole,
  parameterTex,
} from '../../../../src/features/exercise/equations/parameter-symbols';
import { exerciseSpec } from '../../../../src/core/exercise/config';
import { allParameterRefs } from '../../../../src/core/network/parameter-ref';

describe('parameter names of the 2–2–1 net', () => {
  const refs = allParameterRefs(exerciseSpec('sigmoid', 'halfSquaredError'));

  it('writes the same names in TeX, w_{ij} with i the hidden unit and j the input', () => {
    const names = refs.map((ref) => {
      const role = parameterRole(ref);
      return role ? parameterTex(role) : null;
    });
    expect(names).toEqual([
      'w_{11}',
      'w_{12}',
      'w_{21}',
      'w_{22}',
      'b_{1}',
      'b_{2}',
      'v_{1}',
      'v_{2}',
      'c',
    ]);
  });

  it('knows nothing outside the 2–2–1 net', () => {
    expect(parameterRole({ layer: 2, kind: 'weight', row: 0, column: 0 })).toBeNull();
    expect(parameterRole({ layer: 1, kind: 'bias', row: 1, column: 0 })).toBeNull();
  });
});
