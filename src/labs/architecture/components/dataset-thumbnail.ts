import { createDataset, type DatasetName } from '../../../core/data/datasets';
import { datasetBounds } from '../model/decision-grid';

/** One point of a thumbnail, in a unit square with y down, and its class. */
export interface ThumbnailPoint {
  x: number;
  y: number;
  label: 0 | 1;
}

/** Every point of `name` (training and test) with the lab's noise and seed, placed as the map places it. */
export function datasetThumbnail(name: DatasetName, noise: number, seed: number): ThumbnailPoint[] {
  const { train, test } = createDataset(name, { noise, seed, testFraction: 0 });
  const points = [...train, ...test];
  const { xMin, xMax, yMin, yMax } = datasetBounds(points);
  // the lab's sets are 2-D with one 0/1 target per point
  return points.map(({ input, target }) => ({
    x: (input[0]! - xMin) / (xMax - xMin),
    y: (yMax - input[1]!) / (yMax - yMin),
    label: target[0] === 1 ? 1 : 0,
  }));
}
