// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { exerciseSpec } from '../../../../src/core/exercise/config';
import { exerciseExamples, LESSON_EXAMPLE_DEFAULT } from '../../../../src/core/exercise/data';
import {
  completeIteration,
  nextPhase,
  startSession,
  type ExerciseSession,
} from '../../../../src/core/exercise/session';
import { allParameterRefs } from '../../../../src/core/network/parameter-ref';
import { DEFAULT_SEED, initializeParameters } from '../../../../src/core/training/initialization';
import {
  diagramLayout,
  type Orientation,
} from '../../../../src/features/exercise/network-diagram/geometry';
import {
  fractionAlong,
  isSingleStep,
  motionEnd,
  motionTarget,
  pulseKeyframes,
  revealKeyframes,
  STEP_MS,
  stepMotion,
} from '../../../../src/features/exercise/network-diagram/motion';

const spec = exerciseSpec('sigmoid', 'halfSquaredError');
const examples = exerciseExamples('lesson', LESSON_EXAMPLE_DEFAULT);
const start = startSession(
  spec,
  examples,
  initializeParameters(spec, { scheme: 'uniform', seed: DEFAULT_SEED }),
  0.5,
);

/** The sessions of one iteration and the first phase of the next: ready, the six phases, forward. */
function iteration(): ExerciseSession[] {
  const sessions = [start];
  for (let step = 0; step < 7; step++) sessions.push(nextPhase(sessions.at(-1)!));
  return sessions;
}

const ORIENTATIONS: Orientation[] = ['horizontal', 'vertical'];
const ANIMATED = new Set(['transform', 'opacity', 'offset', 'easing', 'composite']);

describe('isSingleStep', () => {
  it('is true for each press of "Próximo passo", the update into the next iteration included', () => {
    const sessions = iteration();
    const kinds = sessions.map((session) => session.phase.kind);
    expect(kinds).toEqual([
      'ready',
      'forward',
      'forward',
      'loss',
      'backward',
      'backward',
      'update',
      'forward',
    ]);
    for (let index = 1; index < sessions.length; index++) {
      expect(isSingleStep(sessions[index - 1]!, sessions[index]!)).toBe(true);
    }
  });

  it('is false for an undo, a jump over phases, a restart, or no change', () => {
    const sessions = iteration();
    for (let index = 1; index < sessions.length; index++) {
      expect(isSingleStep(sessions[index]!, sessions[index - 1]!)).toBe(false);
    }
    // "Completar iteração" from the start jumps over five phases
    expect(isSingleStep(start, completeIteration(start))).toBe(false);
    // a restart of the iteration (an edit) goes back to 'ready'
    const restarted = startSession(spec, examples, sessions[3]!.parameters, 0.5);
    expect(isSingleStep(sessions[3]!, restarted)).toBe(false);
    expect(isSingleStep(sessions[3]!, sessions[3]!)).toBe(false);
    // the same phase kind and layer in another iteration is not the next step
    const later = { ...sessions[2]!, iteration: 5 };
    expect(isSingleStep(sessions[1]!, later)).toBe(false);
  });

  it('is false when the step diverged', () => {
    const [ready, forward] = iteration();
    expect(isSingleStep(ready!, { ...forward!, status: 'diverged' })).toBe(false);
  });
});

describe('fractionAlong', () => {
  it('projects a point on the segment, clamped to its ends', () => {
    const from = { x: 0, y: 0 };
    const to = { x: 100, y: 0 };
    expect(fractionAlong(from, to, { x: 25, y: 40 })).toBe(0.25);
    expect(fractionAlong(from, to, { x: -10, y: 0 })).toBe(0);
    expect(fractionAlong(from, to, { x: 300, y: 0 })).toBe(1);
    expect(fractionAlong(from, from, { x: 5, y: 5 })).toBe(0);
  });
});

for (const orientation of ORIENTATIONS) {
  describe(`stepMotion, ${orientation}`, () => {
    const layout = diagramLayout(spec, orientation, orientation === 'horizontal' ? 1000 : 375);
    const sessions = iteration();
    const motionAt = (index: number) => stepMotion(sessions[index]!, layout);
    /** Along the flow: x grows left to right, y top to bottom. */
    const along = (point: { x: number; y: number }) =>
      orientation === 'horizontal' ? point.x : point.y;

    it(`every step of the iteration moves something and ends within 400–600 ms (${STEP_MS} ms)`, () => {
      expect(motionEnd(motionAt(0))).toBe(0);
      for (let index = 1; index < sessions.length; index++) {
        const motion = motionAt(index);
        const end = motionEnd(motion);
        expect(end).toBeGreaterThanOrEqual(400);
        expect(end).toBeLessThanOrEqual(600);
        expect(end).toBeLessThanOrEqual(STEP_MS);
        for (const part of [...motion.pulses, ...motion.reveals]) {
          expect(part.delay).toBeGreaterThanOrEqual(0);
          expect(part.duration).toBeGreaterThan(0);
        }
      }
    });

    it('forward: a pulse along each edge into the layer, towards the output; its z and a fade in after', () => {
      for (const [index, layer] of [
        [1, 0],
        [2, 1],
      ] as const) {
        const motion = motionAt(index);
        const edges = layout.edges.filter((edge) => edge.ref.layer === layer);
        expect(motion.pulses).toHaveLength(edges.length);
        for (const pulse of motion.pulses) {
          expect(pulse.direction).toBe('forward');
          expect(along(pulse.to)).toBeGreaterThan(along(pulse.from));
        }
        expect(motion.pulses.map((pulse) => pulse.from)).toEqual(edges.map((edge) => edge.from));
        const neurons = spec.layers[layer]!.size;
        expect(motion.reveals.map((reveal) => reveal.target)).toEqual(
          Array.from({ length: neurons }, (_, row) => motionTarget.neuron(layer, row)),
        );
        const arrival = Math.max(...motion.pulses.map((pulse) => pulse.delay + pulse.duration));
        for (const reveal of motion.reveals) {
          expect(reveal.effect).toBe('in');
          // it finishes appearing once the pulses have arrived
          expect(reveal.delay + reveal.duration).toBeGreaterThanOrEqual(arrival);
        }
      }
    });

    it('loss: pulses from the output into the loss card, then L fades in', () => {
      const motion = motionAt(3);
      expect(motion.pulses).toHaveLength(layout.lossLinks.length);
      for (const pulse of motion.pulses) expect(along(pulse.to)).toBeGreaterThan(along(pulse.from));
      expect(motion.reveals.map((reveal) => reveal.target)).toEqual([motionTarget.loss]);
    });

    it('backward: pulses run against the flow, and each gradient appears as its pulse arrives', () => {
      for (const [index, layer] of [
        [4, 1],
        [5, 0],
      ] as const) {
        const motion = motionAt(index);
        for (const pulse of motion.pulses) {
          expect(pulse.direction).toBe('backward');
          expect(along(pulse.to)).toBeLessThan(along(pulse.from));
        }
        const refs = allParameterRefs(spec).filter((ref) => ref.layer === layer);
        expect(motion.reveals.map((reveal) => reveal.target).sort()).toEqual(
          refs.map(motionTarget.gradient).sort(),
        );
        const firstLeg = motion.pulses.filter((pulse) => pulse.delay === 0);
        const secondLeg = motion.pulses.filter((pulse) => pulse.delay > 0);
        // into the layer's neurons (from the loss, or back along the next layer's weights)...
        expect(firstLeg).toHaveLength(
          layer === 1
            ? layout.lossLinks.length
            : layout.edges.filter((e) => e.ref.layer === 1).length,
        );
        // ...then back along the layer's own weights, after the first leg
        expect(secondLeg).toHaveLength(layout.edges.filter((e) => e.ref.layer === layer).length);
        const firstArrival = Math.max(...firstLeg.map((pulse) => pulse.delay + pulse.duration));
        for (const pulse of secondLeg) expect(pulse.delay).toBeGreaterThanOrEqual(firstArrival);
        for (const reveal of motion.reveals) {
          // a gradient is never shown before a pulse has brought it
          expect(reveal.delay).toBeGreaterThanOrEqual(firstArrival);
        }
      }
    });

    it('update: every edge fades from its old line to its new one, every new value slides in', () => {
      const motion = motionAt(6);
      expect(motion.pulses).toEqual([]);
      const weights = allParameterRefs(spec).filter((ref) => ref.kind === 'weight');
      const targets = motion.reveals.map((reveal) => `${reveal.effect} ${reveal.target}`);
      for (const ref of weights) {
        expect(targets).toContain(`out ${motionTarget.previousEdge(ref)}`);
        expect(targets).toContain(`in ${motionTarget.edge(ref)}`);
      }
      for (const ref of allParameterRefs(spec)) {
        expect(targets).toContain(`slide ${motionTarget.updated(ref)}`);
      }
    });
  });
}

describe('keyframes', () => {
  const layout = diagramLayout(spec, 'horizontal', 1000);
  const motions = iteration().map((session) => stepMotion(session, layout));

  it('animate transform and opacity only, so nothing around them moves', () => {
    for (const motion of motions) {
      const frames = [
        ...motion.pulses.map(pulseKeyframes),
        ...motion.reveals.map(revealKeyframes),
      ].flat();
      for (const frame of frames) {
        for (const property of Object.keys(frame)) expect(ANIMATED).toContain(property);
      }
    }
  });

  it('a pulse starts at its edge’s start, ends at its end, and is invisible at both', () => {
    const pulse = motions[1]!.pulses[0]!;
    const frames = pulseKeyframes(pulse);
    expect(frames[0]).toMatchObject({
      transform: `translate(${pulse.from.x}px, ${pulse.from.y}px)`,
      opacity: 0,
    });
    expect(frames.at(-1)).toMatchObject({
      transform: `translate(${pulse.to.x}px, ${pulse.to.y}px)`,
      opacity: 0,
    });
  });

  it('a fade in ends visible, a fade out ends invisible, a slide ends where it is drawn', () => {
    const base = { target: 'x', delay: 0, duration: 100 };
    expect(revealKeyframes({ ...base, effect: 'in' }).at(-1)).toEqual({ opacity: 1 });
    expect(revealKeyframes({ ...base, effect: 'out' }).at(-1)).toEqual({ opacity: 0 });
    const slide = revealKeyframes({ ...base, effect: 'slide', shift: { x: 0, y: -38 } });
    expect(slide[0]).toMatchObject({ transform: 'translate(0px, -38px)' });
    expect(slide.at(-1)).toEqual({ transform: 'translate(0px, 0px)', opacity: 1 });
  });
});
