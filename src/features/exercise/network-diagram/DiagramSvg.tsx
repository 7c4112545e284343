import { useRef, useState } from 'react';
import type { ExerciseSession } from '../../../core/exercise/session';
import { refKey, sameRef, type ParameterRef } from '../../../core/network/parameter-ref';
import { networkShape, parameterName } from '../../../core/network/notation';
import { useSignificantFigures } from '../../../ui/use-number-format';
import { useLanguage, useTranslation } from '../../../ui/use-translation';
import { useDiagramFormat } from './diagram-format';
import type { DiagramItem } from './diagram-item';
import { lossValues, parameterValues } from './diagram-values';
import { parameterTexts } from './drawn-text';
import type { DiagramLayout } from './geometry';
import { itemLabel } from './item-labels';
import { NeuronCard } from './NeuronCard';
import { PhaseBands } from './PhaseBands';
import { InputCard, LossCard } from './SmallCards';
import { useStepMotion } from './use-step-motion';
import { largestUnboundedActivation, lossRange } from './value-bars';
import { WeightEdge } from './WeightEdge';
import { WeightLabel } from './WeightLabel';
import { PALETTE } from './weight-style';

interface DiagramSvgProps {
  layout: DiagramLayout;
  session: ExerciseSession;
  showGradients: boolean;
  selected: ParameterRef;
  titleId: string;
  descriptionId: string;
  onInspect: (item: DiagramItem) => void;
  onSelect: (ref: ParameterRef) => void;
  /** The losses recorded so far: the loss bar's scale. */
  recordedLosses: readonly number[];
  /** Projector mode: node values one size larger. */
  projector: boolean;
  /** Auto-training runs: nothing moves. */
  running: boolean;
}

/**
 * The network as SVG, laid out for its width (one unit per CSS px): phase bands and weight lines
 * underneath, and the pulses of a step's flow on them; then inputs, and layer by layer the labels
 * of its incoming weights and its neurons (labels never overlap cards); the loss last. A weight's
 * edge and label light together.
 */
export function DiagramSvg(props: DiagramSvgProps) {
  const { layout, session, showGradients, selected, titleId, descriptionId, onInspect, onSelect } =
    props;
  const [highlighted, setHighlighted] = useState<string | null>(null);
  const highlight = (key: string) => (on: boolean) =>
    setHighlighted((current) => (on ? key : current === key ? null : current));
  const t = useTranslation();
  const language = useLanguage();
  const figures = useSignificantFigures();
  const short = useDiagramFormat();
  const svg = useRef<SVGSVGElement>(null);
  const pulses = useRef<SVGGElement>(null);
  useStepMotion(svg, pulses, session, layout, props.running);
  const { spec } = session;
  const [inputs = [], ...rest] = layout.nodes;
  const layers = rest.slice(0, -1);
  const lossNode = rest.at(-1)?.[0];
  const { loss, target } = lossValues(session);
  const weights = layout.edges.flatMap((edge) => {
    const values = parameterValues(session, edge.ref);
    if (!values) return [];
    const texts = parameterTexts(parameterName(spec, edge.ref), values, showGradients, short);
    return [{ edge, values, texts, isSelected: sameRef(selected, edge.ref) }];
  });
  const inspect = (ref: ParameterRef) => () => onInspect({ kind: 'parameter', ref });
  const label = (ref: ParameterRef) =>
    itemLabel({ kind: 'parameter', ref }, session, language, t, showGradients, figures);
  const largest = largestUnboundedActivation(session);
  return (
    <svg
      ref={svg}
      className={`network-diagram__svg network-diagram__svg--${layout.orientation}${
        props.projector ? ' network-diagram__svg--projector' : ''
      }`}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width={layout.width}
      height={layout.height}
      role="group"
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
    >
      <title id={titleId}>{t('diagram.title', { shape: networkShape(spec) })}</title>
      <desc id={descriptionId}>{t('diagram.description')}</desc>
      <rect width={layout.width} height={layout.height} fill={PALETTE.background} />
      <PhaseBands spec={spec} phase={session.phase} columns={layout.columns} />
      {layout.lossLinks.map(({ from, to }, index) => (
        <line
          key={index}
          x1={from.x}
          y1={from.y}
          x2={to.x}
          y2={to.y}
          stroke={PALETTE.muted}
          strokeWidth={1.5}
          strokeDasharray="3 4"
        />
      ))}
      {weights.map(({ edge, values, isSelected }) => (
        <WeightEdge
          key={refKey(edge.ref)}
          edge={edge}
          value={values.updated ?? values.value}
          previous={values.updated === undefined ? undefined : values.value}
          selected={isSelected}
          parameter={refKey(edge.ref)}
          title={label(edge.ref)}
          highlighted={highlighted === refKey(edge.ref)}
          onHighlight={highlight(refKey(edge.ref))}
          onInspect={inspect(edge.ref)}
          onActivate={() => onSelect(edge.ref)}
        />
      ))}
      <g className="network-diagram__pulses" aria-hidden="true" ref={pulses} />
      {inputs.map((node) => (
        <InputCard
          key={node.row}
          node={node}
          value={session.trace.input[node.row] ?? Number.NaN}
          onInspect={() => onInspect({ kind: 'input', row: node.row })}
        />
      ))}
      {layers.map((column, layer) => (
        // the labels of the weights into a layer, then its neurons: Tab follows the forward pass
        <g key={layer}>
          {weights
            .filter(({ edge }) => edge.ref.layer === layer)
            .map(({ edge, values, texts, isSelected }) => (
              <WeightLabel
                key={refKey(edge.ref)}
                box={edge.label}
                parameterRef={edge.ref}
                parameter={refKey(edge.ref)}
                description={label(edge.ref)}
                highlighted={highlighted === refKey(edge.ref)}
                onHighlight={highlight(refKey(edge.ref))}
                values={values}
                texts={texts}
                selected={isSelected}
                onInspect={inspect(edge.ref)}
                onActivate={() => onSelect(edge.ref)}
              />
            ))}
          {column.map((node) => (
            <NeuronCard
              key={node.row}
              node={node}
              layer={layer}
              session={session}
              showGradients={showGradients}
              selected={selected}
              onInspect={onInspect}
              onSelect={onSelect}
              largest={largest}
            />
          ))}
        </g>
      ))}
      {lossNode && (
        <LossCard
          node={lossNode}
          loss={loss}
          target={target}
          range={lossRange(loss ?? 0, props.recordedLosses)}
        />
      )}
    </svg>
  );
}
