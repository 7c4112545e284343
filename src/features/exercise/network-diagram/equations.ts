import type { MessageKey, Language } from '../../../content/ui/messages';
import type { ExerciseSession } from '../../../core/exercise/session';
import { ACTIVATION_FUNCTIONS } from '../../../core/functions/activations';
import type { ActivationName } from '../../../core/types';
import type { ParameterRef } from '../../../core/network/parameter-ref';
import { DEFAULT_SIGNIFICANT_FIGURES, formatValue } from '../../../ui/format';
import {
  minus,
  plus,
  shown,
  substitution,
  TEXT_NOTATION,
  times,
  type Term,
} from '../equations/substitution';
import { gradientDirection } from './arrows';
import type { DiagramItem } from './diagram-item';
import { layerInputValue, neuronValues, parameterValues } from './diagram-values';
import {
  inputName,
  layerInputName,
  neuronNames,
  parameterName,
} from '../../../core/network/notation';

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

interface Context {
  session: ExerciseSession;
  language: Language;
  t: Translate;
  /** Significant figures of every number (the display's; 4 when not given). */
  figures?: number;
}

const SYMBOL: Record<ActivationName, string> = {
  sigmoid: 'σ',
  tanh: 'tanh',
  relu: 'ReLU',
  leakyRelu: 'LeakyReLU',
  linear: '',
};

/** "a·b + c·d + e" from pairs of names and a last name. */
function sum(products: [string, string][], last: string): string {
  return [...products.map(([left, right]) => `${left}·${right}`), last].join(' + ');
}

/** The context's number writers: one value, and "operands = result" that comes out by hand. */
function writers({ language, figures = DEFAULT_SIGNIFICANT_FIGURES }: Context) {
  return {
    format: (value: number) => formatValue(value, language, figures),
    substituted: (term: Term, result: number) =>
      substitution(term, result, language, figures, TEXT_NOTATION),
  };
}

function neuronEquations(context: Context, layer: number, row: number): string[] {
  const { session, t } = context;
  const { spec, parameters, trace } = session;
  const { format, substituted } = writers(context);
  const names = neuronNames(spec, layer, row);
  const values = neuronValues(session, layer, row);
  if (values.z === undefined || values.a === undefined) return [t('diagram.forwardWaiting')];
  // z is known, so the neuron exists in the spec; the parameters have the spec's shape.
  const activation = spec.layers[layer]?.activation;
  const weights = parameters[layer]?.weights[row];
  const bias = parameters[layer]?.biases[row];
  if (activation === undefined || weights === undefined || bias === undefined)
    throw new Error(`No parameters for neuron ${row} of layer ${layer}`);
  const symbol = SYMBOL[activation];
  const weightRef = (column: number): ParameterRef => ({ layer, kind: 'weight', row, column });
  const biasName = parameterName(spec, { layer, kind: 'bias', row, column: 0 });
  const symbolic = sum(
    weights.map((_, column) => [
      parameterName(spec, weightRef(column)),
      layerInputName(spec, layer, column),
    ]),
    biasName,
  );
  const forward = plus(
    ...weights.map((weight, column) =>
      times(shown(weight), shown(layerInputValue(session, layer, column) ?? Number.NaN)),
    ),
    shown(bias),
  );
  const lines = [`${names.z} = ${symbolic} = ${substituted(forward, values.z)}`];
  lines.push(
    symbol
      ? `${names.a} = ${symbol}(${names.z}) = ${symbol}(${format(values.z)}) = ${format(values.a)}`
      : `${names.a} = ${names.z} = ${format(values.a)}`,
  );
  if (values.dead) lines.push(t('diagram.deadNote', { z: names.z, a: names.a }));
  if (values.dLossDz === undefined || values.dLossDa === undefined) return lines;

  const isOutput = layer === spec.layers.length - 1;
  if (isOutput && spec.loss === 'halfSquaredError') {
    const target = trace.target[row] ?? Number.NaN;
    lines.push(
      `∂L/∂${names.a} = ${names.a} − y = ${substituted(minus(shown(values.a), shown(target)), values.dLossDa)}`,
    );
  } else if (isOutput) {
    lines.push(`∂L/∂${names.a} = ${format(values.dLossDa)}`);
  } else {
    // Not the output layer, so layer + 1 exists; its weights have one row per neuron k of it.
    const nextWeights = parameters[layer + 1]?.weights;
    const nextDLossDz = trace.layers[layer + 1]?.dLossDz;
    if (nextWeights === undefined || nextDLossDz === undefined)
      throw new Error(`No parameters or trace for layer ${layer + 1}`);
    const ks = nextWeights.map((_, k) => k);
    const downstream = (k: number): ParameterRef => ({
      layer: layer + 1,
      kind: 'weight',
      row: k,
      column: row,
    });
    const products = (pick: (k: number) => [string, string]) =>
      ks
        .map(pick)
        .map(([l, r]) => `${l}·${r}`)
        .join(' + ');
    const symbolicBack = products((k) => [
      parameterName(spec, downstream(k)),
      `∂L/∂${neuronNames(spec, layer + 1, k).z}`,
    ]);
    const backward = plus(
      ...ks.map((k) =>
        times(shown(nextWeights[k]?.[row] ?? Number.NaN), shown(nextDLossDz[k] ?? Number.NaN)),
      ),
    );
    lines.push(`∂L/∂${names.a} = ${symbolicBack} = ${substituted(backward, values.dLossDa)}`);
  }
  if (spec.loss === 'softmaxCrossEntropy' && isOutput) {
    lines.push(`∂L/∂${names.z} = ${format(values.dLossDz)}`);
  } else {
    const slope = ACTIVATION_FUNCTIONS[activation].derivative(values.z, values.a);
    const derivative = symbol ? `${symbol}′(${names.z})` : '1';
    lines.push(
      `∂L/∂${names.z} = ∂L/∂${names.a}·${derivative} = ${substituted(times(shown(values.dLossDa), shown(slope)), values.dLossDz)}`,
    );
  }
  return lines;
}

function parameterEquations(context: Context, ref: ParameterRef): string[] {
  const { session, t } = context;
  const { spec, trace } = session;
  const { format, substituted } = writers(context);
  const values = parameterValues(session, ref);
  if (!values) return [];
  const name = parameterName(spec, ref);
  const z = neuronNames(spec, ref.layer, ref.row).z;
  const input = layerInputName(spec, ref.layer, ref.column);
  const lines = [
    `${name} = ${format(values.value)}`,
    ref.kind === 'weight'
      ? t('diagram.weightNote', { name, input, z })
      : t('diagram.biasNote', { name, z }),
  ];
  if (values.gradient === undefined) return [...lines, t('diagram.gradientWaiting')];
  const dLossDz = trace.layers[ref.layer]?.dLossDz[ref.row] ?? Number.NaN;
  lines.push(
    ref.kind === 'weight'
      ? `∂L/∂${name} = ${input}·∂L/∂${z} = ${substituted(times(shown(layerInputValue(session, ref.layer, ref.column) ?? Number.NaN), shown(dLossDz)), values.gradient)}`
      : `∂L/∂${name} = ∂L/∂${z} = ${format(values.gradient)}`,
  );
  lines.push(t(`diagram.sentence.${gradientDirection(values.gradient)}`, { name }));
  if (values.updated !== undefined) {
    lines.push(
      `${name} ← ${name} − η·∂L/∂${name} = ${substituted(minus(shown(values.value), times(shown(session.learningRate), shown(values.gradient))), values.updated)}`,
    );
  }
  return lines;
}

/** The numbers of `item` and the equations that produced them, as plain text lines. */
export function itemEquations(item: DiagramItem, context: Context): string[] {
  switch (item.kind) {
    case 'input': {
      const name = inputName(item.row);
      const value = context.session.trace.input[item.row] ?? Number.NaN;
      return [
        `${name} = ${writers(context).format(value)}`,
        context.t('diagram.inputNote', { name, number: item.row + 1 }),
      ];
    }
    case 'neuron':
      return neuronEquations(context, item.layer, item.row);
    case 'parameter':
      return parameterEquations(context, item.ref);
  }
}
