import { useId } from 'react';
import type { ExerciseSession } from '../../../core/exercise/session';
import { allParameterRefs, refKey } from '../../../core/network/parameter-ref';
import { useFormatValue } from '../../../ui/use-number-format';
import { useTranslation } from '../../../ui/use-translation';
import { lossValues, neuronValues, parameterValues } from './diagram-values';
import { inputName, neuronNames, parameterName } from '../../../core/network/notation';

interface Row {
  key: string;
  quantity: string;
  value?: number;
  gradient?: number;
  updated?: number;
  /** Which columns apply: a given number has no gradient here; only parameters get a new value. */
  kind: 'given' | 'neuron' | 'parameter';
}

function tableRows(session: ExerciseSession, deadLabel: string): Row[] {
  const { spec, trace } = session;
  const rows: Row[] = trace.input.map((value, row) => ({
    key: `x-${row}`,
    quantity: inputName(row),
    value,
    kind: 'given',
  }));
  spec.layers.forEach((layer, index) => {
    for (let row = 0; row < layer.size; row++) {
      const names = neuronNames(spec, index, row);
      const values = neuronValues(session, index, row);
      const dead = values.dead ? ` (${deadLabel})` : '';
      rows.push({
        key: `z-${index}-${row}`,
        quantity: `${names.z}${dead}`,
        value: values.z,
        gradient: values.dLossDz,
        kind: 'neuron',
      });
      rows.push({
        key: `a-${index}-${row}`,
        quantity: names.a,
        value: values.a,
        gradient: values.dLossDa,
        kind: 'neuron',
      });
    }
  });
  rows.push({ key: 'loss', quantity: 'L', value: lossValues(session).loss, kind: 'given' });
  for (const ref of allParameterRefs(spec)) {
    const values = parameterValues(session, ref);
    if (values)
      rows.push({
        key: refKey(ref),
        quantity: parameterName(spec, ref),
        ...values,
        kind: 'parameter',
      });
  }
  return rows;
}

/** The diagram's numbers as a table: the text alternative a screen reader can walk cell by cell. */
export function DiagramTable({ session }: { session: ExerciseSession }) {
  const t = useTranslation();
  const format = useFormatValue();
  const summaryId = useId();
  const revealed = (value: number | undefined) =>
    value === undefined ? t('diagram.notYetShort') : format(value);
  return (
    <details className="network-diagram__table">
      <summary id={summaryId}>{t('diagram.table')}</summary>
      <table aria-labelledby={summaryId}>
        <thead>
          <tr>
            <th scope="col">{t('diagram.table.quantity')}</th>
            <th scope="col">{t('diagram.table.value')}</th>
            <th scope="col">{t('diagram.table.gradient')}</th>
            <th scope="col">{t('diagram.table.updated')}</th>
          </tr>
        </thead>
        <tbody>
          {tableRows(session, t('diagram.dead')).map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.quantity}</th>
              <td>{revealed(row.value)}</td>
              <td>{row.kind === 'given' ? '' : revealed(row.gradient)}</td>
              <td>{row.kind === 'parameter' ? revealed(row.updated) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
