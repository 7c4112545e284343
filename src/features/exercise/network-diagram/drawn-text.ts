import type { ActivationName } from '../../../core/types';
import type { NeuronValues, ParameterValues } from './diagram-values';

/** A number as the drawing writes it (useDiagramFormat). */
export type DrawnFormat = (value: number) => string;

/** How a neuron card names its activation function. */
export const ACTIVATION_LABEL: Record<ActivationName, string> = {
  sigmoid: 'σ',
  tanh: 'tanh',
  relu: 'ReLU',
  leakyRelu: 'LeakyReLU',
  linear: 'linear',
};

/** The lines a parameter's block draws: "name = value"; ∂L/∂θ and "→ new value" when shown. */
export interface ParameterTexts {
  value: string;
  gradient?: string;
  updated?: string;
}

export function parameterTexts(
  name: string,
  values: ParameterValues,
  showGradients: boolean,
  format: DrawnFormat,
): ParameterTexts {
  const { value, gradient, updated } = values;
  return {
    value: `${name} = ${format(value)}`,
    ...(showGradients && gradient !== undefined ? { gradient: format(gradient) } : {}),
    ...(updated !== undefined ? { updated: `→ ${format(updated)}` } : {}),
  };
}

/** The lines a neuron card draws: its activation (and "inactive" when dead), z and a, "?" until known. */
export interface NeuronTexts {
  activation: string;
  z: string;
  a: string;
}

export function neuronTexts(
  activation: ActivationName,
  names: { z: string; a: string },
  values: NeuronValues,
  format: DrawnFormat,
  deadWord: string,
): NeuronTexts {
  const label = ACTIVATION_LABEL[activation];
  const shown = (value: number | undefined) => (value === undefined ? '?' : format(value));
  return {
    activation: values.dead ? `${label} · ${deadWord}` : label,
    z: `${names.z} = ${shown(values.z)}`,
    a: `${names.a} = ${shown(values.a)}`,
  };
}

/**
 * A diagram button's accessible name: the texts it draws, in the order drawn and as the drawing
 * writes them (so the name contains the visible label, WCAG 2.5.3), then the description at the
 * display's precision, e.g. "w₁₁ = 0,412 — Peso w₁₁ = 0,4124".
 */
export function nameWithDrawnText(drawn: readonly (string | undefined)[], description: string) {
  const visible = drawn.filter((text): text is string => text !== undefined && text !== '');
  return visible.length === 0 ? description : `${visible.join(' ')} — ${description}`;
}
