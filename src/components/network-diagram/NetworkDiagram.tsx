import { useId, useMemo, useState } from 'react';
import { useAppStore } from '../../store/store';
import { itemExists, type DiagramItem } from './diagram-item';
import { DiagramDetails } from './DiagramDetails';
import { DiagramLegend } from './DiagramLegend';
import { DiagramSvg } from './DiagramSvg';
import { DiagramTable } from './DiagramTable';
import { diagramLayout } from './geometry';
import { useOrientation } from './use-orientation';
import './network-diagram.css';

/**
 * The exercise's network, drawn from the store: values as the phases reveal them, weights by sign
 * and size, gradient arrows when "Mostrar gradientes" is on, dead ReLU units greyed, the current
 * phase lit. Hover, tap or focus shows an item's numbers and equations in the details box; a click
 * or Enter on a parameter chooses it for the live equations.
 */
export function NetworkDiagram() {
  const session = useAppStore((state) => state.session);
  const showGradients = useAppStore((state) => state.showGradients);
  const selected = useAppStore((state) => state.selected);
  const select = useAppStore((state) => state.select);
  const [containerRef, orientation] = useOrientation<HTMLDivElement>();
  const [inspected, setInspected] = useState<DiagramItem | null>(null);
  const id = useId();
  const { spec } = session;
  const layout = useMemo(() => diagramLayout(spec, orientation), [spec, orientation]);
  const shown: DiagramItem =
    inspected && itemExists(spec, inspected) ? inspected : { kind: 'parameter', ref: selected };
  return (
    <div className="network-diagram" ref={containerRef}>
      <figure className="network-diagram__figure">
        <DiagramSvg
          layout={layout}
          session={session}
          showGradients={showGradients}
          selected={selected}
          titleId={`${id}-title`}
          descriptionId={`${id}-description`}
          onInspect={setInspected}
          onSelect={select}
        />
        <figcaption>
          <DiagramLegend showGradients={showGradients} />
        </figcaption>
      </figure>
      <DiagramDetails item={shown} session={session} headingId={`${id}-details`} />
      <DiagramTable session={session} />
    </div>
  );
}
