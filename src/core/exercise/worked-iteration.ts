import { ConfigurationError } from '../errors';
import { descend, traceGradients, type ExerciseSession } from './session';

/**
 * One computation of an iteration, written out: `formula` in symbols, `substituted` with `{0}`,
 * `{1}`, … where `operands` go (each written as the page writes numbers), and its `result`.
 */
export interface WorkedStep {
  phase: 'forward' | 'loss' | 'backward' | 'update';
  formula: string;
  substituted: string;
  operands: number[];
  result: number;
}

const ACTIVATION_TEXT = {
  sigmoid: { value: 'σ(z) = 1/(1 + e^(−z))', of: '1/(1 + e^(−{0}))', slope: '{1}·(1 − {1})' },
  tanh: { value: 'tanh z', of: 'tanh({0})', slope: '(1 − {1}²)' },
  relu: { value: 'max(0, z)', of: 'max(0, {0})', slope: '{1}' },
} as const;

const digits = ['₁', '₂'] as const;

/**
 * Every forward, loss, backward and update computation of the session's current iteration on
 * the 2–2–1 network, each result read from the session's trace (the update by its update rule),
 * so the printed page says exactly what the exercise shows. Throws for any other network.
 */
export function workedIteration(session: ExerciseSession): WorkedStep[] {
  const { spec, parameters, trace } = session;
  const [hidden, output] = trace.layers;
  const [hiddenParameters, outputParameters] = parameters;
  const activation = spec.layers[0]?.activation;
  if (
    !hidden ||
    !output ||
    !hiddenParameters ||
    !outputParameters ||
    (activation !== 'sigmoid' && activation !== 'tanh' && activation !== 'relu')
  ) {
    throw new ConfigurationError('session', 'a worked iteration needs the 2–2–1 exercise');
  }
  const g = ACTIVATION_TEXT[activation];
  const x = trace.input;
  const y = trace.target[0] as number;
  const prediction = trace.prediction[0] as number;
  const outputDelta = output.dLossDz[0] as number;
  const steps: WorkedStep[] = [];
  const add = (step: WorkedStep) => steps.push(step);

  for (const unit of [0, 1] as const) {
    const i = digits[unit];
    const w = hiddenParameters.weights[unit] as number[];
    add({
      phase: 'forward',
      formula: `z${i} = w${i}₁·x₁ + w${i}₂·x₂ + b${i}`,
      substituted: '{0}·{1} + {2}·{3} + {4}',
      operands: [
        w[0] as number,
        x[0] as number,
        w[1] as number,
        x[1] as number,
        hiddenParameters.biases[unit] as number,
      ],
      result: hidden.z[unit] as number,
    });
    add({
      phase: 'forward',
      formula: `a${i} = g(z${i}), g = ${g.value}`,
      substituted: g.of,
      operands: [hidden.z[unit] as number],
      result: hidden.a[unit] as number,
    });
  }
  const v = outputParameters.weights[0] as number[];
  add({
    phase: 'forward',
    formula: 'z_o = v₁·a₁ + v₂·a₂ + c',
    substituted: '{0}·{1} + {2}·{3} + {4}',
    operands: [
      v[0] as number,
      hidden.a[0] as number,
      v[1] as number,
      hidden.a[1] as number,
      outputParameters.biases[0] as number,
    ],
    result: output.z[0] as number,
  });
  add({
    phase: 'forward',
    formula: 'ŷ = σ(z_o)',
    substituted: '1/(1 + e^(−{0}))',
    operands: [output.z[0] as number],
    result: prediction,
  });
  const squared = spec.loss === 'halfSquaredError';
  add(
    squared
      ? {
          phase: 'loss',
          formula: 'L = ½(y − ŷ)²',
          substituted: '½·({0} − {1})²',
          operands: [y, prediction],
          result: trace.loss,
        }
      : {
          phase: 'loss',
          formula: 'L = −[y·ln ŷ + (1 − y)·ln(1 − ŷ)]',
          substituted: '−[{0}·ln {1} + (1 − {0})·ln(1 − {1})]',
          operands: [y, prediction],
          result: trace.loss,
        },
  );
  add(
    squared
      ? {
          phase: 'backward',
          formula: '∂L/∂z_o = (ŷ − y)·ŷ·(1 − ŷ)',
          substituted: '({0} − {1})·{0}·(1 − {0})',
          operands: [prediction, y],
          result: outputDelta,
        }
      : {
          phase: 'backward',
          formula: '∂L/∂z_o = ŷ − y',
          substituted: '{0} − {1}',
          operands: [prediction, y],
          result: outputDelta,
        },
  );
  for (const unit of [0, 1] as const) {
    const i = digits[unit];
    add({
      phase: 'backward',
      formula: `∂L/∂v${i} = a${i}·∂L/∂z_o`,
      substituted: '{0}·{1}',
      operands: [hidden.a[unit] as number, outputDelta],
      result: output.dLossDWeights[0]?.[unit] as number,
    });
  }
  add({
    phase: 'backward',
    formula: '∂L/∂c = ∂L/∂z_o',
    substituted: '{0}',
    operands: [outputDelta],
    result: output.dLossDBiases[0] as number,
  });
  for (const unit of [0, 1] as const) {
    const i = digits[unit];
    add({
      phase: 'backward',
      formula: `∂L/∂a${i} = v${i}·∂L/∂z_o`,
      substituted: '{0}·{1}',
      operands: [v[unit] as number, outputDelta],
      result: hidden.dLossDa[unit] as number,
    });
    const slopeOperand =
      activation === 'relu' ? ((hidden.z[unit] as number) > 0 ? 1 : 0) : (hidden.a[unit] as number);
    add({
      phase: 'backward',
      formula: `∂L/∂z${i} = ∂L/∂a${i}·g′(z${i})`,
      substituted: `{0}·${g.slope}`,
      operands: [hidden.dLossDa[unit] as number, slopeOperand],
      result: hidden.dLossDz[unit] as number,
    });
    for (const input of [0, 1] as const) {
      const j = digits[input];
      add({
        phase: 'backward',
        formula: `∂L/∂w${i}${j} = x${j}·∂L/∂z${i}`,
        substituted: '{0}·{1}',
        operands: [x[input] as number, hidden.dLossDz[unit] as number],
        result: hidden.dLossDWeights[unit]?.[input] as number,
      });
    }
    add({
      phase: 'backward',
      formula: `∂L/∂b${i} = ∂L/∂z${i}`,
      substituted: '{0}',
      operands: [hidden.dLossDz[unit] as number],
      result: hidden.dLossDBiases[unit] as number,
    });
  }
  const gradients = traceGradients(trace);
  const updated =
    session.updatedParameters ?? descend(spec, parameters, gradients, session.learningRate);
  const names = [
    [
      ['w₁₁', 'w₁₂'],
      ['w₂₁', 'w₂₂'],
      ['b₁', 'b₂'],
    ],
    [['v₁', 'v₂'], [], ['c']],
  ] as const;
  parameters.forEach((layer, l) => {
    const layerNames = names[l as 0 | 1];
    layer.weights.forEach((row, r) =>
      row.forEach((value, c) => {
        add({
          phase: 'update',
          formula: `${layerNames[r]?.[c] ?? '?'} ← ${layerNames[r]?.[c] ?? '?'} − η·∂L/∂${layerNames[r]?.[c] ?? '?'}`,
          substituted: '{0} − {1}·{2}',
          operands: [value, session.learningRate, gradients[l]?.weights[r]?.[c] as number],
          result: updated[l]?.weights[r]?.[c] as number,
        });
      }),
    );
    layer.biases.forEach((value, r) => {
      const name = layerNames[2][r] ?? '?';
      add({
        phase: 'update',
        formula: `${name} ← ${name} − η·∂L/∂${name}`,
        substituted: '{0} − {1}·{2}',
        operands: [value, session.learningRate, gradients[l]?.biases[r] as number],
        result: updated[l]?.biases[r] as number,
      });
    });
  });
  return steps;
}
