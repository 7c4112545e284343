import { useFormatValue } from '../../../ui/use-number-format';
import { useTranslation } from '../../../ui/use-translation';
import { DiagramButton } from './DiagramButton';
import type { NodeLayout } from './geometry';
import { inputName } from '../../../core/network/notation';
import { PALETTE } from './weight-style';

interface InputCardProps {
  node: NodeLayout;
  value: number;
  onInspect: () => void;
}

/** An input xⱼ with its value from the example: given from the start, never computed. */
export function InputCard({ node, value, onInspect }: InputCardProps) {
  const t = useTranslation();
  const format = useFormatValue();
  const { box, center, row } = node;
  const name = inputName(row);
  const text = format(value);
  return (
    <DiagramButton
      label={t('diagram.input', { name, value: text })}
      box={box}
      onInspect={onInspect}
    >
      <CardFrame box={box} />
      <text x={center.x} y={center.y + 5} textAnchor="middle" fill={PALETTE.text}>
        {name} = {text}
      </text>
    </DiagramButton>
  );
}

interface LossCardProps {
  node: NodeLayout;
  loss: number | undefined;
  target: number[];
}

/** The loss L once computed, beside the target y it compares the output with. */
export function LossCard({ node, loss, target }: LossCardProps) {
  const format = useFormatValue();
  const { box, center } = node;
  const targetText = target.map(format).join('; ');
  return (
    <g className="network-diagram__loss">
      <CardFrame box={box} />
      <text x={center.x} y={center.y - 4} textAnchor="middle" fill={PALETTE.text}>
        L = {loss === undefined ? '?' : format(loss)}
      </text>
      <text x={center.x} y={center.y + 14} textAnchor="middle" fill={PALETTE.muted}>
        y = {targetText}
      </text>
    </g>
  );
}

/** The rounded frame of an input or loss card. */
function CardFrame({ box }: { box: NodeLayout['box'] }) {
  return (
    <rect
      x={box.x}
      y={box.y}
      width={box.width}
      height={box.height}
      rx={12}
      fill={PALETTE.background}
      stroke={PALETTE.muted}
      strokeWidth={2}
    />
  );
}
