import { describe, expect, it } from 'vitest';
import {
  CLASS_ONE_RGB,
  CLASS_ZERO_RGB,
  fillHeatmapPixels,
  fillNeuronPixels,
  neuronScale,
  paletteChannel,
  UNDECIDED_RGB,
} from '../../../../src/labs/architecture/model/architecture-palette';

const rgb = (pixels: Uint8ClampedArray, cell: number) => [...pixels.slice(cell * 4, cell * 4 + 3)];

describe('fillNeuronPixels', () => {
  it('paints −1 orange, 0 near white and +1 purple when no value passes 1', () => {
    const pixels = new Uint8ClampedArray(12);
    fillNeuronPixels(Float64Array.from([-1, 0, 1]), pixels, 0, 3);
    expect(rgb(pixels, 0)).toEqual([...CLASS_ZERO_RGB]);
    expect(rgb(pixels, 1)).toEqual([...UNDECIDED_RGB]);
    expect(rgb(pixels, 2)).toEqual([...CLASS_ONE_RGB]);
  });

  it('divides by the largest |v| when it passes 1, reading only its own cells', () => {
    const grid = Float64Array.from([9, 9, -4, 2, 0.5, 9]);
    expect(neuronScale(grid, 2, 3)).toBe(4);
    const pixels = new Uint8ClampedArray(12);
    fillNeuronPixels(grid, pixels, 2, 3);
    expect(rgb(pixels, 0)).toEqual([...CLASS_ZERO_RGB]);
    const shade = (2 / 4 + 1) / 2;
    // stored as a Uint8ClampedArray stores it (rounding half to even)
    const expected = Uint8ClampedArray.from(
      ([0, 1, 2] as const).map((channel) => paletteChannel(shade, channel)),
    );
    expect(rgb(pixels, 1)).toEqual([...expected]);
  });

  it('leaves the ŷ palette of fillHeatmapPixels for a slice unchanged', () => {
    const grid = Float64Array.from([0.2, 0, 1]);
    const pixels = new Uint8ClampedArray(8);
    fillHeatmapPixels(grid, pixels, 1, 2);
    expect(rgb(pixels, 0)).toEqual([...CLASS_ZERO_RGB]);
    expect(rgb(pixels, 1)).toEqual([...CLASS_ONE_RGB]);
  });
});
