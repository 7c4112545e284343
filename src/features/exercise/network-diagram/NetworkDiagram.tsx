import { useId, useMemo, useState } from 'react';
import type { ParameterRef } from '../../../core/network/parameter-ref';
import { useAppStore, type AppState } from '../../../store/store';
import { useThrottledStore } from '../../../ui/use-throttled-store';
import { itemExists, type DiagramItem } from './diagram-item';
import { DiagramDetails } from './DiagramDetails';
import { DiagramLegend } from './DiagramLegend';
import { DiagramSvg } from './DiagramSvg';
import { DiagramTable } from './DiagramTable';
import { diagramLayout, type Orientation } from './geometry';
import { useOrientation } from './use-orientation';
import './network-diagram.css';

const selectSession = (state: AppState) => state.session;

/**
 * The exercise's network, drawn from the store: values as the phases reveal them, weights by sign
 * and size, gradient arrows when "Mostrar gradientes" is on, dead ReLU units greyed, the current
 * phase lit. Hover, tap or focus shows an item's numbers and equations in the details box; a click
 * or Enter on a parameter chooses it for the live equations. While auto-training runs, the drawing
 * follows every frame; the details box and the table, a few times a second.
 */
export function NetworkDiagram() {
  const selected = useAppStore((state) => state.selected);
  const [containerRef, orientation] = useOrientation<HTMLDivElement>();
  const [inspected, setInspected] = useState<DiagramItem | null>(null);
  const id = useId();
  return (
    <div className="network-diagram" ref={containerRef}>
      <DiagramFigure
        orientation={orientation}
        selected={selected}
        idPrefix={id}
        onInspect={setInspected}
      />
      <DiagramText inspected={inspected} selected={selected} headingId={`${id}-details`} />
    </div>
  );
}

interface DiagramFigureProps {
  orientation: Orientation;
  selected: ParameterRef;
  idPrefix: string;
  onInspect: (item: DiagramItem | null) => void;
}

/** The drawing and its legend: redrawn on every change, every frame of auto-training included. */
function DiagramFigure({ orientation, selected, idPrefix, onInspect }: DiagramFigureProps) {
  const session = useAppStore(selectSession);
  const showGradients = useAppStore((state) => state.showGradients);
  const select = useAppStore((state) => state.select);
  const { spec } = session;
  const layout = useMemo(() => diagramLayout(spec, orientation), [spec, orientation]);
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
