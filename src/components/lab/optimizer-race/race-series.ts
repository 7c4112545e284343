import { OPTIMIZERS } from '../../../core/training/optimizers';
import { seriesStyles } from '../series/series-style';

export { markerPath } from '../series/series-style';

/** How each optimizer is drawn: colour (≥ 3:1 on every contour band), dash pattern and marker. */
export const RACE_SERIES = seriesStyles(OPTIMIZERS);
