import { useId, useMemo, useState } from 'react';
import type { ParameterRef } from '../../../core/network/parameter-ref';
import { useAppStore, type AppState } from '../../../store/store';
import { useThrottledStore } from '../../../ui/use-throttled-store';
import { itemExists, type DiagramItem } from './diagram-item';
import { DiagramDetails } from './DiagramDetails';
import { DiagramLegend } from './DiagramLegend';
import { DiagramSvg } from './DiagramSvg';
import { DiagramTable } from './DiagramTable';
import { diagramLayout, orientationFor } from './geometry';
import { useContainerWidth } from './use-orientation';
import './network-diagram.css';

const selectSession = (state: AppState) => state.session;

/**
 * The exercise's network, drawn from the store for the width it has (one SVG unit per CSS px,
 * left to right when that fits, top to bottom otherwise): values as the phases reveal them, weights by sign
 * and size, gradient arrows when "Mostrar gradientes" is on, dead ReLU units greyed, the current
 * phase lit. Hover, tap or focus shows an item's numbers and equations in the details box; a click
 * or Enter on a parameter chooses it for the live equations. A step the learner takes shows its flow
 * (use-step-motion.ts). While auto-training runs, nothing moves: the drawing follows every frame;
 * the details box and the table, a few times a second.
 */
export function NetworkDiagram() {
  const selected = useAppStore((state) => state.selected);
  const [containerRef, width] = useContainerWidth<HTMLDivElement>();
  const [inspected, setInspected] = useState<DiagramItem | null>(null);
  const id = useId();
  return (
    <div className="network-diagram" ref={containerRef}>
      <DiagramFigure width={width} selected={selected} idPrefix={id} onInspect={setInspected} />
      <DiagramText inspected={inspected} selected={selected} headingId={`${id}-details`} />
    </div>
  );
}

interface DiagramFigureProps {
  /** The container's width in CSS px; 0 before it is measured. */
  width: number;
  selected: ParameterRef;
  idPrefix: string;
  onInspect: (item: DiagramItem | null) => void;
}

/** The drawing and its legend: redrawn on every change, every frame of auto-training included. */
function DiagramFigure({ width, selected, idPrefix, onInspect }: DiagramFigureProps) {
  const session = useAppStore(selectSession);
  const projector = useAppStore((state) => state.projector);
  const recordedLosses = useAppStore((state) => state.lossHistory.losses);
  const showGradients = useAppStore((state) => state.showGradients);
  const select = useAppStore((state) => state.select);
  const running = useAppStore((state) => state.running);
  const { spec } = session;
  // until measured (and without ResizeObserver), left to right at its narrowest
  const orientation = width > 0 ? orientationFor(width, spec) : 'horizontal';
  const layout = useMemo(() => diagramLayout(spec, orientation, width), [spec, orientation, width]);
  return (
    <figure className="network-diagram__figure">
      <DiagramSvg
        layout={layout}
        session={session}
        showGradients={showGradients}
        selected={selected}
        titleId={`${idPrefix}-title`}
        descriptionId={`${idPrefix}-description`}
        onInspect={onInspect}
        onSelect={select}
        recordedLosses={recordedLosses}
        projector={projector}
        running={running}
      />
      <figcaption>
        <DiagramLegend showGradients={showGradients} />
      </figcaption>
    </figure>
  );
}

interface DiagramTextProps {
  inspected: DiagramItem | null;
  selected: ParameterRef;
  headingId: string;
}

/** The details box and the table of values: a few times a second while auto-training runs. */
function DiagramText({ inspected, selected, headingId }: DiagramTextProps) {
  const session = useThrottledStore('numbers', selectSession);
  const shown: DiagramItem =
    inspected && itemExists(session.spec, inspected)
      ? inspected
      : { kind: 'parameter', ref: selected };
  return (
    <>
      <DiagramDetails item={shown} session={session} headingId={headingId} />
      <DiagramTable session={session} />
    </>
  );
}
