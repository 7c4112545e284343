import type { ParameterRef } from '../../../core/network/parameter-ref';
import type { ParameterValues } from './diagram-values';
import { DiagramButton } from './DiagramButton';
import { nameWithDrawnText, type ParameterTexts } from './drawn-text';
import { LINE, type Rect } from './geometry';
import { ParameterBlock } from './ParameterBlock';
import { PALETTE } from './weight-style';

interface WeightLabelProps {
  box: Rect;
  parameterRef: ParameterRef;
  parameter: string;
  /** The weight and its numbers at the display's precision (itemLabel). */
  description: string;
  values: ParameterValues;
  /** Its lines as drawn: the accessible name starts with them. */
  texts: ParameterTexts;
  selected: boolean;
  onInspect: () => void;
  onActivate: () => void;
  /** Lit together with its edge: hovering or focusing either lights both. */
  highlighted: boolean;
  onHighlight: (on: boolean) => void;
}

/** The focusable label of a weight, on its edge; lit with the edge when either is hovered or focused. */
export function WeightLabel({
  box,
  selected,
  description,
  onInspect,
  onActivate,
  highlighted,
  onHighlight,
  ...block
}: WeightLabelProps) {
  const lit = selected || highlighted;
  // the frame fits the lines shown (value; gradient; new value), centred on the edge
  const { value, gradient, updated } = block.texts;
  const lines = 1 + Number(gradient !== undefined) + Number(updated !== undefined);
  const height = Math.min(box.height, 6 + lines * LINE);
  const frame = { ...box, y: box.y + (box.height - height) / 2, height };
  return (
    <DiagramButton
      label={nameWithDrawnText([value, gradient, updated], description)}
      box={frame}
      pressed={selected}
      parameter={block.parameter}
      highlighted={highlighted}
      onHighlight={onHighlight}
      onInspect={onInspect}
      onActivate={onActivate}
    >
      <rect
        className="network-diagram__label"
        x={frame.x}
        y={frame.y}
        width={frame.width}
        height={frame.height}
        rx={6}
        fill={PALETTE.background}
        fillOpacity={0.94}
        stroke={selected ? PALETTE.selected : highlighted ? PALETTE.text : PALETTE.muted}
        strokeOpacity={lit ? 1 : 0.35}
        strokeWidth={lit ? 3 : 1}
      />
      <ParameterBlock {...block} x={frame.x + 4} y={frame.y + 1} />
    </DiagramButton>
  );
}
