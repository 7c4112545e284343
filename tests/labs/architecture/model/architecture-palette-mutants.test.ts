import { describe, expect, it } from 'vitest';
import {
  CLASS_ONE_RGB,
  CLASS_ZERO_RGB,
  UNDECIDED_RGB,
  fillHeatmapPixels,
  paletteChannel,
} from '../../../../src/labs/architecture/model/architecture-palette';

const CHANNELS = [0, 1, 2] as const;

describe('paletteChannel', () => {
  it('clamps ŷ below 0 and above 1 to the end colours', () => {
    for (const channel of CHANNELS) {
      expect(paletteChannel(-1, channel)).toBe(CLASS_ZERO_RGB[channel]);
      expect(paletteChannel(2, channel)).toBe(CLASS_ONE_RGB[channel]);
    }
  });

  it('is the midpoint of the two colours at ŷ = 0.25 and ŷ = 0.75', () => {
    for (const channel of CHANNELS) {
      expect(paletteChannel(0.25, channel)).toBeCloseTo(
        (CLASS_ZERO_RGB[channel] + UNDECIDED_RGB[channel]) / 2,
        12,
      );
      expect(paletteChannel(0.75, channel)).toBeCloseTo(
        (UNDECIDED_RGB[channel] + CLASS_ONE_RGB[channel]) / 2,
        12,
      );
    }
  });
});

describe('fillHeatmapPixels', () => {
  it('writes only the 4·grid.length bytes of the grid, leaving a longer buffer untouched', () => {
    const grid = Float64Array.from([0, 1]);
    const pixels = new Uint8ClampedArray(4 * 3);
    fillHeatmapPixels(grid, pixels);
    expect(Array.from(pixels.slice(0, 8))).toEqual([...CLASS_ZERO_RGB, 255, ...CLASS_ONE_RGB, 255]);
    expect(Array.from(pixels.slice(8))).toEqual([0, 0, 0, 0]);
  });
});
