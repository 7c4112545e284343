import { ConfigurationError } from '../errors';

/** An optimizer and its hyper-parameters; omitted ones take the usual defaults. */
export type OptimizerConfig =
  | { name: 'sgd' }
  /** μ defaults to 0.9. */
  | { name: 'momentum'; momentum?: number }
  /** ρ defaults to 0.9, ε to 1e-8. */
  | { name: 'rmsprop'; decay?: number; epsilon?: number }
  /** β₁ = 0.9, β₂ = 0.999, ε = 1e-8 by default. */
  | { name: 'adam'; beta1?: number; beta2?: number; epsilon?: number };

export type OptimizerName = OptimizerConfig['name'];
export const OPTIMIZERS: readonly OptimizerName[] = ['sgd', 'momentum', 'rmsprop', 'adam'];

/**
 * Updates parameters in place from their gradients; keeps its state in preallocated arrays.
 * `parameters`, `gradients` and the state all have the `size` given to createOptimizer (the tape's
 * parameter count), so in every update loop below `index < parameters.length` is in range for each.
 */
export interface Optimizer {
  update(parameters: Float64Array, gradients: Float64Array, learningRate: number): void;
  /** Forgets all state (velocities, moments, step count). */
  reset(): void;
}

/**
 * θ ← θ − η·g in place: the gradient-descent update, the one rule behind plain SGD and the
 * exercise's update phase. `gradients` must be as long as `parameters`.
 */
export function gradientStep(
  parameters: Float64Array,
  gradients: Float64Array,
  learningRate: number,
): void {
  if (gradients.length !== parameters.length) {
    throw new ConfigurationError(
      'gradients',
      `expected ${parameters.length} gradients, got ${gradients.length}`,
    );
  }
  // index < parameters.length = gradients.length (checked above)
  for (let index = 0; index < parameters.length; index++) {
    parameters[index]! -= learningRate * gradients[index]!;
  }
}

/** w ← w − η·g. */
class Sgd implements Optimizer {
  update(parameters: Float64Array, gradients: Float64Array, learningRate: number): void {
    gradientStep(parameters, gradients, learningRate);
  }

  reset(): void {}
}

/** v ← μ·v + g; w ← w − η·v. */
class Momentum implements Optimizer {
  private readonly velocity: Float64Array;

  constructor(
    size: number,
    private readonly momentum: number,
  ) {
    this.velocity = new Float64Array(size);
  }

  update(parameters: Float64Array, gradients: Float64Array, learningRate: number): void {
    const { velocity, momentum } = this;
    // index < parameters.length = gradients.length = velocity.length (see Optimizer)
    for (let index = 0; index < parameters.length; index++) {
      const v = momentum * velocity[index]! + gradients[index]!;
      velocity[index] = v;
      parameters[index]! -= learningRate * v;
    }
  }

  reset(): void {
    this.velocity.fill(0);
  }
}

/** s ← ρ·s + (1 − ρ)·g²; w ← w − η·g/(√s + ε). */
class RmsProp implements Optimizer {
  private readonly meanSquare: Float64Array;

  constructor(
    size: number,
    private readonly decay: number,
    private readonly epsilon: number,
  ) {
    this.meanSquare = new Float64Array(size);
  }

  update(parameters: Float64Array, gradients: Float64Array, learningRate: number): void {
    const { meanSquare, decay, epsilon } = this;
    // index < parameters.length = gradients.length = meanSquare.length (see Optimizer)
    for (let index = 0; index < parameters.length; index++) {
      const g = gradients[index]!;
      const s = decay * meanSquare[index]! + (1 - decay) * g * g;
      meanSquare[index] = s;
      parameters[index]! -= (learningRate * g) / (Math.sqrt(s) + epsilon);
    }
  }

  reset(): void {
    this.meanSquare.fill(0);
  }
}

/** m ← β₁m + (1−β₁)g; v ← β₂v + (1−β₂)g²; w ← w − η·m̂/(√v̂ + ε), m̂ = m/(1−β₁ᵗ), v̂ = v/(1−β₂ᵗ). */
class Adam implements Optimizer {
  private readonly firstMoment: Float64Array;
  private readonly secondMoment: Float64Array;
  /** β₁ᵗ and β₂ᵗ after t updates. */
  private beta1Power = 1;
  private beta2Power = 1;

  constructor(
    size: number,
    private readonly beta1: number,
    private readonly beta2: number,
    private readonly epsilon: number,
  ) {
    this.firstMoment = new Float64Array(size);
    this.secondMoment = new Float64Array(size);
  }

  update(parameters: Float64Array, gradients: Float64Array, learningRate: number): void {
    const { firstMoment, secondMoment, beta1, beta2, epsilon } = this;
    this.beta1Power *= beta1;
    this.beta2Power *= beta2;
    const firstCorrection = 1 / (1 - this.beta1Power);
    const secondCorrection = 1 / (1 - this.beta2Power);
    // index < parameters.length = gradients.length = each moment's length (see Optimizer)
    for (let index = 0; index < parameters.length; index++) {
      const g = gradients[index]!;
      const m = beta1 * firstMoment[index]! + (1 - beta1) * g;
      const v = beta2 * secondMoment[index]! + (1 - beta2) * g * g;
      firstMoment[index] = m;
      secondMoment[index] = v;
      parameters[index]! -=
        (learningRate * (m * firstCorrection)) / (Math.sqrt(v * secondCorrection) + epsilon);
    }
  }

  reset(): void {
    this.firstMoment.fill(0);
    this.secondMoment.fill(0);
    this.beta1Power = 1;
    this.beta2Power = 1;
  }
}

/** A hyper-parameter in [0, 1) (default when omitted); field 'optimizer.<name>'. */
function fraction(name: string, value: number | undefined, fallback: number): number {
  const result = value ?? fallback;
  if (!Number.isFinite(result) || result < 0 || result >= 1) {
    throw new ConfigurationError(`optimizer.${name}`, 'must be in [0, 1)');
  }
  return result;
}

/** A strictly positive finite ε (default when omitted). */
function positive(name: string, value: number | undefined, fallback: number): number {
  const result = value ?? fallback;
  if (!Number.isFinite(result) || result <= 0) {
    throw new ConfigurationError(`optimizer.${name}`, 'must be a finite number > 0');
  }
  return result;
}

/**
 * An optimizer over `size` parameters. Throws ConfigurationError('optimizer') for an unknown name
 * and ('optimizer.<hyper-parameter>') for a value out of range.
 */
export function createOptimizer(config: OptimizerConfig, size: number): Optimizer {
  switch (config?.name) {
    case 'sgd':
      return new Sgd();
    case 'momentum':
      return new Momentum(size, fraction('momentum', config.momentum, 0.9));
    case 'rmsprop':
      return new RmsProp(
        size,
        fraction('decay', config.decay, 0.9),
        positive('epsilon', config.epsilon, 1e-8),
      );
    case 'adam':
      return new Adam(
        size,
        fraction('beta1', config.beta1, 0.9),
        fraction('beta2', config.beta2, 0.999),
        positive('epsilon', config.epsilon, 1e-8),
      );
    default:
      throw new ConfigurationError(
        'optimizer',
        `unknown optimizer '${String((config as { name?: unknown } | undefined)?.name)}'`,
      );
  }
}
