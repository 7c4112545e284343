import { phaseAfter } from '../../../core/exercise/phases';
import type { ExerciseSession } from '../../../core/exercise/session';
import { refKey, type ParameterRef } from '../../../core/network/parameter-ref';
import { LINE, type DiagramLayout, type Point } from './geometry';

/**
 * When each part of a step's flow runs, in ms from the click. Forward: a pulse travels each
 * active edge and the values it computes fade in as it arrives. Backward: a pulse comes back
 * into the layer's neurons (first leg, where the biases' ∂L/∂b appear), then back along its
 * weights (second leg), each ∂L/∂w appearing as the pulse passes its label. Update: every
 * parameter's edge and new value go from old to new. Every step ends by STEP_MS.
 */
export const MOTION = {
  forwardTravel: 360,
  forwardRevealAt: 320,
  forwardReveal: 180,
  backwardLeg: 200,
  gradientReveal: 100,
  update: 500,
} as const;

/** The longest a step's flow lasts: within 400–600 ms, so it is seen and never holds the learner up. */
export const STEP_MS = 500;

/** A dot travelling one edge, with the signal (forward) or the gradient (backward). */
export interface Pulse {
  from: Point;
  to: Point;
  delay: number;
  duration: number;
  direction: 'forward' | 'backward';
}

/**
 * Something already drawn that the step shows arriving: 'in' fades it in, 'out' fades it out
 * (it is drawn invisible), 'slide' brings it in from `shift` (in SVG units) to where it is drawn.
 */
export interface Reveal {
  /** The element's data-motion attribute (motionTarget). */
  target: string;
  effect: 'in' | 'out' | 'slide';
  delay: number;
  duration: number;
  shift?: Point;
}

export interface StepMotion {
  pulses: Pulse[];
  reveals: Reveal[];
}

/** The data-motion attribute of each element a step may animate. */
export const motionTarget = {
  /** A neuron's z, a and bar. */
  neuron: (layer: number, row: number) => `neuron:${layer}-${row}`,
  /** The loss's value and bar. */
  loss: 'loss',
  /** A parameter's gradient arrow and ∂L/∂θ. */
  gradient: (ref: ParameterRef) => `gradient:${refKey(ref)}`,
  /** A parameter's "→ new value". */
  updated: (ref: ParameterRef) => `updated:${refKey(ref)}`,
  /** A weight's edge as drawn (the new weight at the update). */
  edge: (ref: ParameterRef) => `edge:${refKey(ref)}`,
  /** At the update, the weight's edge before it, drawn invisible. */
  previousEdge: (ref: ParameterRef) => `edge-old:${refKey(ref)}`,
} as const;

/**
 * True when `next` is the phase right after `previous` in the same run (one press of "Próximo
 * passo", or the one phase "Completar iteração" may take): not an undo, a restart or a jump.
 */
export function isSingleStep(previous: ExerciseSession, next: ExerciseSession): boolean {
  if (previous === next || next.status !== 'ok') return false;
  const layerCount = next.spec.layers.length;
  if (previous.spec.layers.length !== layerCount) return false;
  const expected = phaseAfter(previous.phase, layerCount);
  const samePhase =
    expected.kind === next.phase.kind &&
    (!('layer' in expected) || ('layer' in next.phase && next.phase.layer === expected.layer));
  const iteration = previous.iteration + (previous.phase.kind === 'update' ? 1 : 0);
  return samePhase && next.iteration === iteration;
}

/** Where along the segment from → to the point nearest `point` falls, from 0 to 1. */
export function fractionAlong(from: Point, to: Point, point: Point): number {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const squared = dx * dx + dy * dy;
  if (squared === 0) return 0;
  const t = ((point.x - from.x) * dx + (point.y - from.y) * dy) / squared;
  return Math.min(1, Math.max(0, t));
}

/** The flow `session`'s phase shows when a single step has just reached it. */
export function stepMotion(session: ExerciseSession, layout: DiagramLayout): StepMotion {
  const { phase } = session;
  const layerCount = session.spec.layers.length;
  const edgesInto = (layer: number) => layout.edges.filter((edge) => edge.ref.layer === layer);
  const neuronReveals = (layer: number): Reveal[] =>
    (layout.nodes[layer + 1] ?? []).map((node) => ({
      target: motionTarget.neuron(layer, node.row),
      effect: 'in',
      delay: MOTION.forwardRevealAt,
      duration: MOTION.forwardReveal,
    }));
  const forward = (from: Point, to: Point): Pulse => ({
    from,
    to,
    delay: 0,
    duration: MOTION.forwardTravel,
    direction: 'forward',
  });
  const backward = (from: Point, to: Point, leg: 0 | 1): Pulse => ({
    from,
    to,
    delay: leg * MOTION.backwardLeg,
    duration: MOTION.backwardLeg,
    direction: 'backward',
  });
  switch (phase.kind) {
    case 'ready':
      return { pulses: [], reveals: [] };
    case 'forward':
      return {
        pulses: edgesInto(phase.layer).map((edge) => forward(edge.from, edge.to)),
        reveals: neuronReveals(phase.layer),
      };
    case 'loss':
      return {
        pulses: layout.lossLinks.map((link) => forward(link.from, link.to)),
        reveals: [
          {
            target: motionTarget.loss,
            effect: 'in',
            delay: MOTION.forwardRevealAt,
            duration: MOTION.forwardReveal,
          },
        ],
      };
    case 'backward': {
      const { layer } = phase;
      // first leg: from the loss into the outputs, or back along the next layer's weights
      const intoNeurons =
        layer === layerCount - 1
          ? layout.lossLinks.map((link) => backward(link.to, link.from, 0))
          : edgesInto(layer + 1).map((edge) => backward(edge.to, edge.from, 0));
      const weights = edgesInto(layer);
      const biasReveals = (layout.nodes[layer + 1] ?? []).map((node): Reveal => ({
        target: motionTarget.gradient({ layer, kind: 'bias', row: node.row, column: 0 }),
        effect: 'in',
        delay: MOTION.backwardLeg,
        duration: MOTION.gradientReveal,
      }));
      const weightReveals = weights.map((edge): Reveal => {
        const centre = {
          x: edge.label.x + edge.label.width / 2,
          y: edge.label.y + edge.label.height / 2,
        };
        const passes = fractionAlong(edge.to, edge.from, centre);
        return {
          target: motionTarget.gradient(edge.ref),
          effect: 'in',
          delay: Math.round(MOTION.backwardLeg * (1 + passes)),
          duration: MOTION.gradientReveal,
        };
      });
      return {
        pulses: [...intoNeurons, ...weights.map((edge) => backward(edge.to, edge.from, 1))],
        reveals: [...biasReveals, ...weightReveals],
      };
    }
    case 'update': {
      const whole = { delay: 0, duration: MOTION.update };
      const edges = layout.edges.flatMap((edge): Reveal[] => [
        { target: motionTarget.previousEdge(edge.ref), effect: 'out', ...whole },
        { target: motionTarget.edge(edge.ref), effect: 'in', ...whole },
      ]);
      const biases = layout.nodes
        .slice(1, layerCount + 1)
        .flatMap((column, layer) =>
          column.map((node): ParameterRef => ({ layer, kind: 'bias', row: node.row, column: 0 })),
        );
      // the new value comes down from the old one, two lines above it
      const values = [...layout.edges.map((edge) => edge.ref), ...biases].map((ref): Reveal => ({
        target: motionTarget.updated(ref),
        effect: 'slide',
        shift: { x: 0, y: -2 * LINE },
        ...whole,
      }));
      return { pulses: [], reveals: [...edges, ...values] };
    }
  }
}

/** When the last part of `motion` ends, in ms from its start (0 when nothing moves). */
export function motionEnd(motion: StepMotion): number {
  const ends = [...motion.pulses, ...motion.reveals].map((part) => part.delay + part.duration);
  return Math.max(0, ...ends);
}

const translate = ({ x, y }: Point) => `translate(${x}px, ${y}px)`;

/** A pulse's keyframes: it appears at `from`, travels to `to` and fades as it arrives. */
export function pulseKeyframes({ from, to }: Pulse): Keyframe[] {
  return [
    { offset: 0, transform: translate(from), opacity: 0 },
    { offset: 0.15, opacity: 1 },
    { offset: 0.8, opacity: 1 },
    { offset: 1, transform: translate(to), opacity: 0 },
  ];
}

/** A reveal's keyframes, on opacity and transform only (nothing around it moves). */
export function revealKeyframes(reveal: Reveal): Keyframe[] {
  switch (reveal.effect) {
    case 'in':
      return [{ opacity: 0 }, { opacity: 1 }];
    case 'out':
      return [{ opacity: 1 }, { opacity: 0 }];
    case 'slide':
      return [
        { transform: translate(reveal.shift ?? { x: 0, y: 0 }), opacity: 0 },
        { transform: translate({ x: 0, y: 0 }), opacity: 1 },
      ];
  }
}
