import type { Language } from '../../../content/ui/messages';
import type { Phase } from '../../../core/exercise/phases';
import type { ExerciseSession } from '../../../core/exercise/session';
import type { NetworkSpec } from '../../../core/types';
import type { ParameterRef } from '../../../core/network/parameter-ref';
import { DEFAULT_SIGNIFICANT_FIGURES, formatValue } from '../../../ui/format';
import { gradientDirection } from './arrows';
import type { DiagramItem } from './diagram-item';
import { neuronValues, parameterValues } from './diagram-values';
import type { Translate } from './equations';
import {
  inputName,
  isLessonShape,
  neuronNames,
  parameterName,
} from '../../../core/network/notation';

/** "Neurônio oculto 1", "Neurônio de saída", or "Neurônio 2 da camada 3" for other shapes. */
export function neuronTitle(spec: NetworkSpec, layer: number, row: number, t: Translate): string {
  if (isLessonShape(spec)) {
    return layer === 0 ? t('diagram.hiddenNeuron', { number: row + 1 }) : t('diagram.outputNeuron');
  }
  return t('diagram.layerNeuron', { number: row + 1, layer: layer + 1 });
}

/** The caption of column `column`: inputs, hidden layer(s), output, loss. */
export function columnTitle(spec: NetworkSpec, column: number, t: Translate): string {
  const layerCount = spec.layers.length;
  if (column === 0) return t('diagram.column.inputs');
  if (column === layerCount + 1) return t('diagram.column.loss');
  if (column === layerCount) return t('diagram.column.output');
  return layerCount > 2
    ? t('diagram.column.hiddenNumbered', { number: column })
    : t('diagram.column.hidden');
}

/** The columns the phase is computing (inputs 0, layer l at l + 1, loss at layers + 1). */
export function litColumns(phase: Phase, layerCount: number): number[] {
  switch (phase.kind) {
    case 'ready':
      return [0];
    case 'forward':
    case 'backward':
      return [phase.layer + 1];
    case 'loss':
      return [layerCount + 1];
    case 'update':
      return Array.from({ length: layerCount }, (_, layer) => layer + 1);
  }
}

/**
 * An item described for a screen reader: its name and the numbers known so far, at the display's
 * significant figures (the drawing rounds them to 3: the full value is here). A button's name is
 * the text it draws, then this (nameWithDrawnText).
 */
export function itemLabel(
  item: DiagramItem,
  session: ExerciseSession,
  language: Language,
  t: Translate,
  showGradients: boolean,
  figures = DEFAULT_SIGNIFICANT_FIGURES,
): string {
  const { spec } = session;
  const format = (value: number) => formatValue(value, language, figures);
  switch (item.kind) {
    case 'input':
      return t('diagram.input', {
        name: inputName(item.row),
        value: format(session.trace.input[item.row] ?? Number.NaN),
      });
    case 'neuron': {
      const title = neuronTitle(spec, item.layer, item.row, t);
      const names = neuronNames(spec, item.layer, item.row);
      const values = neuronValues(session, item.layer, item.row);
      if (values.z === undefined || values.a === undefined)
        return `${title}: ${t('diagram.notYet')}`;
      const dead = values.dead ? `, ${t('diagram.dead')}` : '';
      return `${title}: ${names.z} = ${format(values.z)}, ${names.a} = ${format(values.a)}${dead}`;
    }
    case 'parameter':
      return parameterLabel(item.ref, session, format, t, showGradients);
  }
}

function parameterLabel(
  ref: ParameterRef,
  session: ExerciseSession,
  format: (value: number) => string,
  t: Translate,
  showGradients: boolean,
): string {
  const values = parameterValues(session, ref);
  if (!values) return '';
  const name = parameterName(session.spec, ref);
  const value = format(values.value);
  const parts = [t(ref.kind === 'weight' ? 'diagram.weight' : 'diagram.bias', { name, value })];
  if (showGradients && values.gradient !== undefined) {
    const direction = t(`diagram.direction.${gradientDirection(values.gradient)}`);
    parts.push(
      t('diagram.gradientPart', {
        name,
        gradient: format(values.gradient),
        direction,
      }),
    );
  }
  if (values.updated !== undefined) {
    parts.push(t('diagram.updatePart', { value: format(values.updated) }));
  }
  return parts.join(', ');
}
