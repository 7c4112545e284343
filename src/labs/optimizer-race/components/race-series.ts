import { OPTIMIZERS } from '../../../core/training/optimizers';
import { seriesStyles } from '../../shared/series/series-style';

export { markerPath } from '../../shared/series/series-style';

/** How each optimizer is drawn: colour (≥ 3:1 on every contour band), dash pattern and marker. */
export const RACE_SERIES = seriesStyles(OPTIMIZERS);
