import type { ExerciseSession } from '../../../core/exercise/session';
import { refKey, sameRef, type ParameterRef } from '../../../core/network/parameter-ref';
import { neuronNames, parameterName } from '../../../core/network/notation';
import { useSignificantFigures } from '../../../ui/use-number-format';
import { useLanguage, useTranslation } from '../../../ui/use-translation';
import type { DiagramItem } from './diagram-item';
import { useDiagramFormat } from './diagram-format';
import { neuronValues, parameterValues } from './diagram-values';
import { DiagramButton } from './DiagramButton';
import { nameWithDrawnText, neuronTexts, parameterTexts } from './drawn-text';
import { LINE, type NodeLayout } from './geometry';
import { itemLabel } from './item-labels';
import { motionTarget } from './motion';
import { ParameterBlock } from './ParameterBlock';
import { activationRange, barSpan } from './value-bars';
import { ValueBar } from './ValueBar';
import { PALETTE } from './weight-style';

interface NeuronCardProps {
  node: NodeLayout;
  layer: number;
  session: ExerciseSession;
  showGradients: boolean;
  selected: ParameterRef;
  onInspect: (item: DiagramItem) => void;
  onSelect: (ref: ParameterRef) => void;
  /** The largest |a| on show among unbounded activations: ReLU's bar is scaled to it. */
  largest: number;
}

/** Height of the neuron's own part (activation, z, a); the bias sits below it. */
const HEAD = 84;
/** The bar's inset from the card's sides. */
const BAR_INSET = 14;

/**
 * A neuron: its activation, z and a when computed, greyed when it is a dead ReLU; then its bias.
 * A space between its texts keeps them words apart in the button's text, which its name starts with.
 */
export function NeuronCard(props: NeuronCardProps) {
  const { node, layer, session, showGradients, selected, onInspect, onSelect, largest } = props;
  const t = useTranslation();
  const language = useLanguage();
  const figures = useSignificantFigures();
  const { spec } = session;
  const { row, box } = node;
  const values = neuronValues(session, layer, row);
  const names = neuronNames(spec, layer, row);
  // DiagramSvg draws one column of cards per layer of this spec, so layer `layer` exists.
  const activationName = spec.layers[layer]!.activation;
  const range = activationRange(activationName, largest);
  const neuron: DiagramItem = { kind: 'neuron', layer, row };
  const biasRef: ParameterRef = { layer, kind: 'bias', row, column: 0 };
  const bias = parameterValues(session, biasRef);
  const short = useDiagramFormat();
  const texts = neuronTexts(activationName, names, values, short, t('diagram.dead'));
  const biasTexts =
    bias && parameterTexts(parameterName(spec, biasRef), bias, showGradients, short);
  const describe = (item: DiagramItem) =>
    itemLabel(item, session, language, t, showGradients, figures);
  const centerX = box.x + box.width / 2;
  const textColor = values.dead ? PALETTE.muted : PALETTE.text;
  return (
    <g className={`network-diagram__neuron${values.dead ? ' network-diagram__neuron--dead' : ''}`}>
      <rect
        className="network-diagram__card"
        x={box.x}
        y={box.y}
        width={box.width}
        height={box.height}
        rx={16}
        fill={values.dead ? PALETTE.deadFill : PALETTE.background}
        stroke={values.dead ? PALETTE.dead : PALETTE.muted}
        strokeWidth={2}
        strokeDasharray={values.dead ? '6 4' : undefined}
      />
      <DiagramButton
        label={nameWithDrawnText([texts.activation, texts.z, texts.a], describe(neuron))}
        box={{ ...box, height: HEAD }}
        onInspect={() => onInspect(neuron)}
      >
        <rect x={box.x} y={box.y} width={box.width} height={HEAD} fill="transparent" />
        <text
          x={centerX}
          y={box.y + 19}
          textAnchor="middle"
          fill={textColor}
          className="network-diagram__activation"
        >
          {texts.activation}
        </text>{' '}
        <g data-motion={motionTarget.neuron(layer, row)}>
          <text
            x={centerX}
            y={box.y + 19 + LINE + 1}
            textAnchor="middle"
            fill={textColor}
            className="network-diagram__value"
          >
            {texts.z}
          </text>{' '}
          <text
            x={centerX}
            y={box.y + 19 + 2 * LINE + 2}
            textAnchor="middle"
            fill={textColor}
            className="network-diagram__value"
          >
            {texts.a}
          </text>
          {values.a !== undefined && (
            <ValueBar
              kind="activation"
              name={`n-${layer}-${row}`}
              x={box.x + BAR_INSET}
              y={box.y + HEAD - 14}
              width={box.width - 2 * BAR_INSET}
              span={barSpan(values.a, range)}
              zero={barSpan(0, range).start}
            />
          )}
        </g>
      </DiagramButton>
      <line
        x1={box.x + 8}
        x2={box.x + box.width - 8}
        y1={box.y + HEAD}
        y2={box.y + HEAD}
        stroke={PALETTE.muted}
        strokeOpacity={0.4}
      />
      {bias && biasTexts && (
        <DiagramButton
          label={nameWithDrawnText(
            [biasTexts.value, biasTexts.gradient, biasTexts.updated],
            describe({ kind: 'parameter', ref: biasRef }),
          )}
          box={{ x: box.x, y: box.y + HEAD, width: box.width, height: box.height - HEAD }}
          pressed={sameRef(selected, biasRef)}
          onInspect={() => onInspect({ kind: 'parameter', ref: biasRef })}
          onActivate={() => onSelect(biasRef)}
        >
          <rect
            x={box.x + 3}
            y={box.y + HEAD + 2}
            width={box.width - 6}
            height={box.height - HEAD - 5}
            rx={12}
            fill="transparent"
            stroke={sameRef(selected, biasRef) ? PALETTE.selected : 'none'}
            strokeWidth={3}
          />
          <ParameterBlock
            parameterRef={biasRef}
            parameter={refKey(biasRef)}
            values={bias}
            texts={biasTexts}
            x={box.x + 6}
            y={box.y + HEAD + 4}
          />
        </DiagramButton>
      )}
    </g>
  );
}
