import type { GraphNode } from '../../../core/network/expression-graph';
import { formatValue } from '../../../ui/format';
import { useLanguage, useFeatureTranslation } from '../../../ui/use-translation';
import { opName } from './op-symbols';
import { nodeLabel } from './step-sentence';
import { computationalGraphMessages } from '../messages';

interface NodeTableProps {
  nodes: readonly GraphNode[];
  revealed: ReadonlySet<number>;
  currentId: number | null;
}

/** The graph as a table: every node's label, op, inputs, value and the gradient revealed so far. */
export function NodeTable({ nodes, revealed, currentId }: NodeTableProps) {
  const t = useFeatureTranslation(computationalGraphMessages);
  const language = useLanguage();
  const describeOp = (op: string): string =>
    op === 'leaf'
      ? t('lab.computationalGraph.op.leaf')
      : op === 'constant'
        ? t('lab.computationalGraph.op.constant')
        : opName(op);
  return (
    <details className="graph-table">
      <summary>{t('lab.computationalGraph.tableSummary')}</summary>
      <div
        className="lab-plot"
        tabIndex={0}
        role="group"
        aria-label={t('lab.computationalGraph.tableSummary')}
      >
        <table>
          <caption>{t('lab.computationalGraph.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('lab.computationalGraph.column.node')}</th>
              <th scope="col">{t('lab.computationalGraph.column.op')}</th>
              <th scope="col">{t('lab.computationalGraph.column.inputs')}</th>
              <th scope="col">{t('lab.computationalGraph.column.value')}</th>
              <th scope="col">{t('lab.computationalGraph.column.grad')}</th>
            </tr>
          </thead>
          <tbody>
            {nodes.map((node) => (
              <tr key={node.id} aria-current={node.id === currentId ? 'step' : undefined}>
                <th scope="row">
                  {node.label}
                  {node.id === currentId && ` (${t('lab.computationalGraph.current')})`}
                </th>
                <td>{describeOp(node.op)}</td>
                <td>{node.inputs.map((input) => nodeLabel(nodes, input)).join(', ')}</td>
                <td>{formatValue(node.value, language)}</td>
                <td>
                  {revealed.has(node.id)
                    ? formatValue(node.grad, language)
                    : t('lab.computationalGraph.hidden')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
