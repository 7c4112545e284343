import { useFormatValue } from '../../../ui/use-number-format';
import { useTranslation } from '../../../ui/use-translation';
import { DiagramButton } from './DiagramButton';
import { nameWithDrawnText } from './drawn-text';
import type { NodeLayout } from './geometry';
import { inputName } from '../../../core/network/notation';
import { PALETTE } from './weight-style';
import { useDiagramFormat } from './diagram-format';
import { motionTarget } from './motion';
import { barSpan, type BarRange } from './value-bars';
import { ValueBar } from './ValueBar';

interface InputCardProps {
  node: NodeLayout;
  value: number;
  onInspect: () => void;
}

/** An input xⱼ with its value from the example: given from the start, never computed. */
export function InputCard({ node, value, onInspect }: InputCardProps) {
  const t = useTranslation();
  const format = useFormatValue();
  const short = useDiagramFormat();
  const { box, center, row } = node;
  const name = inputName(row);
  const drawn = `${name} = ${short(value)}`;
  return (
    <DiagramButton
      label={nameWithDrawnText([drawn], t('diagram.input', { name, value: format(value) }))}
      box={box}
      onInspect={onInspect}
    >
      <CardFrame box={box} />
      <text
        x={center.x}
        y={center.y + 5}
        textAnchor="middle"
        fill={PALETTE.text}
        className="network-diagram__value"
      >
        {drawn}
      </text>
    </DiagramButton>
  );
}

interface LossCardProps {
  node: NodeLayout;
  loss: number | undefined;
  target: number[];
  /** The loss bar's scale: 0 to the largest loss recorded. */
  range: BarRange;
}

/** The loss L once computed, with its bar, beside the target y it compares the output with. */
export function LossCard({ node, loss, target, range }: LossCardProps) {
  const format = useFormatValue();
  const short = useDiagramFormat();
  const { box, center } = node;
  const targetText = target.map(short).join('; ');
  const t = useTranslation();
  const label =
    loss === undefined
      ? t('diagram.lossNotYet', { target: target.map(format).join('; ') })
      : t('diagram.loss', { loss: format(loss), target: target.map(format).join('; ') });
  return (
    <g className="network-diagram__loss" role="img" aria-label={label}>
      <CardFrame box={box} />
      <g data-motion={motionTarget.loss}>
        <text
          x={center.x}
          y={box.y + 21}
          textAnchor="middle"
          fill={PALETTE.text}
          className="network-diagram__value"
        >
          L = {loss === undefined ? '?' : short(loss)}
        </text>
        {loss !== undefined && (
          <ValueBar
            kind="loss"
            name="loss"
            x={box.x + 12}
            y={box.y + box.height - 18}
            width={box.width - 24}
            span={barSpan(loss, range)}
            zero={0}
          />
        )}
      </g>
      <text
        x={center.x}
        y={box.y + 42}
        textAnchor="middle"
        fill={PALETTE.muted}
        className="network-diagram__value"
      >
        y = {targetText}
      </text>
    </g>
  );
}

/** The rounded frame of an input or loss card. */
function CardFrame({ box }: { box: NodeLayout['box'] }) {
  return (
    <rect
      className="network-diagram__card"
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
