import { useEffect, useId, useRef, useState } from 'react';
import type { BackwardStep } from '../model/backward-steps';
import { GRAPH_GEOMETRY, type GraphLayout } from '../model/graph-layout';
import type { GraphNode } from '../../../core/network/expression-graph';
import { formatValue } from '../../../ui/format';
import { useLanguage, useFeatureTranslation } from '../../../ui/use-translation';
import { opSymbol } from './op-symbols';
import { computationalGraphMessages } from '../messages';

interface GraphPlotProps {
  nodes: readonly GraphNode[];
  layout: GraphLayout;
  /** Node ids whose gradient the backward pass has reached. */
  revealed: ReadonlySet<number>;
  /** The step just taken, or null before the first. */
  current: BackwardStep | null;
}

/** The graph as micrograd draws it: boxes (label | data | grad), op circles, edges input → user. */
export function GraphPlot({ nodes, layout, revealed, current }: GraphPlotProps) {
  const t = useFeatureTranslation(computationalGraphMessages);
  const language = useLanguage();
  const scroller = useRef<HTMLDivElement>(null);
  // 'fit' scales the whole graph into its box; 'full' draws it at its own size and scrolls
  const [zoom, setZoom] = useState<'fit' | 'full'>('fit');
  const arrowId = `graph-arrow-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const descriptionId = useId();
  const { boxWidth, boxHeight, opRadius } = GRAPH_GEOMETRY;
  // nodes and layout come from one GraphView: layoutGraph placed every node at its id (it checked
  // ids are positions), so place[id] exists for every node, input and step id indexed below
  const place = layout.nodes;
  const activeEdges = new Set(
    current?.contributions.map((term) => `${current.nodeId}>${term.userId}`),
  );

  // the backward pass starts at ℓ, the rightmost box: before the first step it is the one to see
  const rootX = Math.max(...place.map((node) => node.x));

  // keep the node just revealed (or ℓ, before the first step) in sight when the plot scrolls
  useEffect(() => {
    const element = scroller.current;
    if (!element || zoom === 'fit') return;
    const x = current ? place[current.nodeId]!.x : rootX;
    element.scrollLeft = Math.max(0, x + boxWidth / 2 - element.clientWidth / 2);
  }, [current, place, boxWidth, rootX, zoom]);

  return (
    <>
      <div className="graph-zoom" role="group" aria-label={t('lab.computationalGraph.zoom')}>
        <button type="button" aria-pressed={zoom === 'fit'} onClick={() => setZoom('fit')}>
          {t('lab.computationalGraph.zoomFit')}
        </button>
        <button type="button" aria-pressed={zoom === 'full'} onClick={() => setZoom('full')}>
          {t('lab.computationalGraph.zoomFull')}
        </button>
      </div>
      {/* a named region the keyboard can focus, so it can scroll the graph at full size */}
      <div
        className={`lab-plot graph-plot graph-plot-${zoom}`}
        ref={scroller}
        tabIndex={0}
        role="region"
        aria-labelledby={descriptionId}
      >
        <p id={descriptionId} className="visually-hidden">
          {t('lab.computationalGraph.figure', { total: nodes.length })}
        </p>
        <svg
          role="img"
          aria-labelledby={descriptionId}
          width={zoom === 'fit' ? '100%' : layout.width}
          height={zoom === 'fit' ? undefined : layout.height}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
        >
          <defs>
            <marker
              id={arrowId}
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerUnits="userSpaceOnUse"
              markerWidth="9"
              markerHeight="9"
              orient="auto"
            >
              <path d="M0,0 L10,5 L0,10 z" className="graph-arrowhead" />
            </marker>
          </defs>
          {nodes.map((node) =>
            node.inputs.map((inputId, position) => {
              const from = place[inputId]!;
              const to = place[node.id]!.op;
              if (!to) return null;
              const startX = from.x + boxWidth;
              const startY = from.y + boxHeight / 2;
              const endX = to.x - opRadius;
              const middle = (startX + endX) / 2;
              const active = activeEdges.has(`${inputId}>${node.id}`);
              return (
                <path
                  key={`${node.id}-${position}`}
                  className={active ? 'graph-edge graph-edge-active' : 'graph-edge'}
                  d={`M${startX},${startY} C${middle},${startY} ${middle},${to.y} ${endX},${to.y}`}
                  markerEnd={`url(#${arrowId})`}
                />
              );
            }),
          )}
          {nodes.map((node) => {
            const { x, y, op } = place[node.id]!;
            const isCurrent = current?.nodeId === node.id;
            const shown = revealed.has(node.id);
            return (
              <g
                key={node.id}
                className={isCurrent ? 'graph-node graph-node-current' : 'graph-node'}
                data-node={node.label}
              >
                {op && (
                  <>
                    <line className="graph-edge" x1={op.x + opRadius} y1={op.y} x2={x} y2={op.y} />
                    <circle className="graph-op" cx={op.x} cy={op.y} r={opRadius} />
                    <text
                      className="graph-op-text"
                      x={op.x}
                      y={op.y}
                      textAnchor="middle"
                      dominantBaseline="central"
                    >
                      {opSymbol(node.op)}
                    </text>
                  </>
                )}
                {isCurrent && (
                  <rect
                    className="graph-current-outline"
                    x={x - 5}
                    y={y - 5}
                    width={boxWidth + 10}
                    height={boxHeight + 10}
                    rx={8}
                  />
                )}
                <rect
                  className={shown ? 'graph-box graph-box-revealed' : 'graph-box'}
                  x={x}
                  y={y}
                  width={boxWidth}
                  height={boxHeight}
                  rx={4}
                />
                <text className="graph-label" x={x + boxWidth / 2} y={y + 15} textAnchor="middle">
                  {isCurrent ? `▸ ${node.label}` : node.label}
                </text>
                <text className="graph-data" x={x + 6} y={y + 31}>
                  data {formatValue(node.value, language)}
                </text>
                <text className="graph-grad" x={x + 6} y={y + 46}>
                  grad{' '}
                  {shown ? formatValue(node.grad, language) : t('lab.computationalGraph.hidden')}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
    </>
  );
}
