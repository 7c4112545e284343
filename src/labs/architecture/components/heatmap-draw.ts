import { contourCapacity, contourSegments, SEGMENT_STRIDE } from '../model/architecture-contour';
import { fillHeatmapPixels } from '../model/architecture-palette';
import type { ArchitectureRun } from '../model/architecture-run';
import type { Example } from '../../../core/types';

/** Marker fills: dark orange for class 0, dark purple for class 1 (the palette's ends, darker). */
export const CLASS_COLOURS = ['#b35806', '#542788'] as const;
const OUTLINE = '#1f2937';
const BOUNDARY = '#111827';
const MARKER_RADIUS = 4.5;

/** Everything one heatmap canvas reuses from frame to frame. */
export interface HeatmapSurface {
  context: CanvasRenderingContext2D;
  /** resolution × resolution pixels, one per grid cell, scaled up onto the visible canvas. */
  cells: HTMLCanvasElement;
  cellsContext: CanvasRenderingContext2D;
  image: ImageData;
  segments: Float64Array;
  resolution: number;
  size: number;
}

/** Preallocates the drawing buffers, or null where the canvas has no 2-D context (jsdom). */
export function createHeatmapSurface(
  canvas: HTMLCanvasElement,
  resolution: number,
): HeatmapSurface | null {
  const context = canvas.getContext('2d');
  const cells = canvas.ownerDocument.createElement('canvas');
  cells.width = cells.height = resolution;
  const cellsContext = cells.getContext('2d');
  if (!context || !cellsContext) return null;
  return {
    context,
    cells,
    cellsContext,
    image: cellsContext.createImageData(resolution, resolution),
    segments: new Float64Array(contourCapacity(resolution)),
    resolution,
    size: canvas.width,
  };
}

/** A circle (class 0) or square (class 1); filled for training, hollow for testing. */
function drawMarker(
  context: CanvasRenderingContext2D,
  x: number,
  y: number,
  label: number,
  test: boolean,
) {
  context.beginPath();
  if (label === 1)
    context.rect(x - MARKER_RADIUS, y - MARKER_RADIUS, 2 * MARKER_RADIUS, 2 * MARKER_RADIUS);
  else context.arc(x, y, MARKER_RADIUS, 0, 2 * Math.PI);
  const colour = CLASS_COLOURS[label === 1 ? 1 : 0];
  if (test) {
    context.fillStyle = '#ffffff';
    context.fill();
    context.lineWidth = 2.5;
    context.strokeStyle = colour;
  } else {
    context.fillStyle = colour;
    context.fill();
    context.lineWidth = 1.25;
    context.strokeStyle = OUTLINE;
  }
  context.stroke();
}

function drawPoints(
  surface: HeatmapSurface,
  run: ArchitectureRun,
  examples: readonly Example[],
  test: boolean,
) {
  const { context, size } = surface;
  const { xMin, xMax, yMin, yMax } = run.bounds;
  // index < examples.length; the lab's 2-D sets have two inputs and one target per example
  for (let index = 0; index < examples.length; index++) {
    const { input, target } = examples[index]!;
    const x = ((input[0]! - xMin) / (xMax - xMin)) * size;
    const y = ((yMax - input[1]!) / (yMax - yMin)) * size;
    drawMarker(context, x, y, target[0]!, test);
  }
}

/**
 * One frame: the grid's colours scaled up with smoothing, the ŷ = 0.5 contour (marching squares)
 * and the points. Reads run.grid as measureRun left it; allocates no arrays.
 */
export function drawHeatmap(surface: HeatmapSurface, run: ArchitectureRun): void {
  const { context, cells, cellsContext, image, segments, resolution, size } = surface;
  fillHeatmapPixels(run.grid, image.data);
  cellsContext.putImageData(image, 0, 0);
  context.imageSmoothingEnabled = true;
  context.drawImage(cells, 0, 0, size, size);
  // grid coordinates are cell centres: cell c spans [c, c + 1]·size/resolution
  const scale = size / resolution;
  const count = contourSegments(run.grid, resolution, 0.5, segments);
  context.beginPath();
  // contourSegments wrote `count` whole segments of SEGMENT_STRIDE numbers into segments
  for (let index = 0; index < count * SEGMENT_STRIDE; index += SEGMENT_STRIDE) {
    context.moveTo((segments[index]! + 0.5) * scale, (segments[index + 1]! + 0.5) * scale);
    context.lineTo((segments[index + 2]! + 0.5) * scale, (segments[index + 3]! + 0.5) * scale);
  }
  context.lineWidth = 2.5;
  context.strokeStyle = BOUNDARY;
  context.setLineDash([]);
  context.stroke();
  drawPoints(surface, run, run.dataset.train, false);
  drawPoints(surface, run, run.dataset.test, true);
}
