/** RGB at ŷ = 0 (class 0, orange), ŷ = 0.5 (undecided, near white) and ŷ = 1 (class 1, purple). */
export const CLASS_ZERO_RGB = [241, 163, 64] as const;
export const UNDECIDED_RGB = [247, 247, 247] as const;
export const CLASS_ONE_RGB = [153, 142, 195] as const;

/**
 * The diverging palette around 0.5: linear from CLASS_ZERO_RGB at ŷ = 0 to UNDECIDED_RGB at 0.5,
 * then to CLASS_ONE_RGB at 1. Channel `channel` (0 red, 1 green, 2 blue) of the colour of ŷ.
 */
export function paletteChannel(output: number, channel: 0 | 1 | 2): number {
  const clamped = output < 0 ? 0 : output > 1 ? 1 : output;
  if (clamped < 0.5) {
    const share = clamped / 0.5;
    return CLASS_ZERO_RGB[channel] + share * (UNDECIDED_RGB[channel] - CLASS_ZERO_RGB[channel]);
  }
  const share = (clamped - 0.5) / 0.5;
  return UNDECIDED_RGB[channel] + share * (CLASS_ONE_RGB[channel] - UNDECIDED_RGB[channel]);
}

/**
 * Colours one RGBA pixel per grid cell (same row-major order as the grid) into `pixels`, which
 * must hold 4·cells bytes (an ImageData's data), reading grid[start … start + cells). Allocates
 * nothing; a NaN output is grey.
 */
export function fillHeatmapPixels(
  grid: Float64Array,
  pixels: Uint8ClampedArray,
  start = 0,
  cells = grid.length - start,
): void {
  for (let cell = 0; cell < cells; cell++) {
    const output = grid[start + cell]!; // start + cell < grid.length (the caller's contract)
    const base = cell * 4;
    if (Number.isNaN(output)) {
      pixels[base] = pixels[base + 1] = pixels[base + 2] = 128;
    } else {
      pixels[base] = paletteChannel(output, 0);
      pixels[base + 1] = paletteChannel(output, 1);
      pixels[base + 2] = paletteChannel(output, 2);
    }
    pixels[base + 3] = 255;
  }
}

/**
 * The scale s = max(1, max |v|) of a neuron's picture over grid[start … start + cells): values in
 * [−1, 1] (tanh, sigmoid) keep their colours, larger ones (ReLU, linear, x₁²) are shrunk into it.
 */
export function neuronScale(grid: Float64Array, start: number, cells: number): number {
  let largest = 1;
  for (let cell = 0; cell < cells; cell++) {
    const value = Math.abs(grid[start + cell]!); // start + cell < grid.length
    if (value > largest) largest = value;
  }
  return largest;
}

/**
 * Colours a hidden neuron's or an input's picture: v/s (s from neuronScale) from −1 (orange)
 * through 0 (near white) to +1 (purple), i.e. the ŷ palette at (v/s + 1)/2. Allocates nothing.
 */
export function fillNeuronPixels(
  grid: Float64Array,
  pixels: Uint8ClampedArray,
  start: number,
  cells: number,
): void {
  const scale = neuronScale(grid, start, cells);
  for (let cell = 0; cell < cells; cell++) {
    const shade = (grid[start + cell]! / scale + 1) / 2; // start + cell < grid.length
    const base = cell * 4;
    if (Number.isNaN(shade)) {
      pixels[base] = pixels[base + 1] = pixels[base + 2] = 128;
    } else {
      pixels[base] = paletteChannel(shade, 0);
      pixels[base + 1] = paletteChannel(shade, 1);
      pixels[base + 2] = paletteChannel(shade, 2);
    }
    pixels[base + 3] = 255;
  }
}
