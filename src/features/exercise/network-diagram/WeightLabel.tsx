import type { ParameterValues } from './diagram-values';
import { DiagramButton } from './DiagramButton';
import type { Rect } from './geometry';
import { ParameterBlock } from './ParameterBlock';
import { PALETTE } from './weight-style';

interface WeightLabelProps {
  box: Rect;
  parameter: string;
  name: string;
  label: string;
  values: ParameterValues;
  showGradients: boolean;
  selected: boolean;
  onInspect: () => void;
  onActivate: () => void;
}

/** The focusable label of a weight, on its line near the neuron it feeds. */
export function WeightLabel({
  box,
  selected,
  label,
  onInspect,
  onActivate,
  ...block
}: WeightLabelProps) {
  return (
    <DiagramButton
      label={label}
      box={box}
      pressed={selected}
      onInspect={onInspect}
      onActivate={onActivate}
    >
      <rect
        className="network-diagram__label"
        x={box.x}
        y={box.y}
        width={box.width}
        height={box.height}
        rx={6}
        fill={PALETTE.background}
        fillOpacity={0.94}
        stroke={selected ? PALETTE.selected : PALETTE.muted}
        strokeOpacity={selected ? 1 : 0.35}
        strokeWidth={selected ? 3 : 1}
      />
      <ParameterBlock {...block} x={box.x + 4} y={box.y + 1} />
    </DiagramButton>
  );
}
