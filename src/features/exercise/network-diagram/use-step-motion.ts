import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { ExerciseSession } from '../../../core/exercise/session';
import { usePrefersReducedMotion } from '../../../ui/use-reduced-motion';
import type { DiagramLayout } from './geometry';
import {
  isSingleStep,
  pulseKeyframes,
  revealKeyframes,
  stepMotion,
  type StepMotion,
} from './motion';
import { PALETTE } from './weight-style';

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';
const PULSE_RADIUS = 6;

/**
 * Plays `motion` with the Web Animations API: the pulses as dots added to `pulseLayer` (removed
 * when they arrive), the reveals on the drawn elements whose data-motion names them. Every effect
 * runs once and fills backwards only, so when it ends the drawing is exactly what React drew.
 */
function play(svg: SVGSVGElement, pulseLayer: SVGGElement, motion: StepMotion): Animation[] {
  if (typeof svg.animate !== 'function') return [];
  const pulses = motion.pulses.map((pulse) => {
    const dot = document.createElementNS(SVG_NAMESPACE, 'circle');
    dot.setAttribute('r', String(PULSE_RADIUS));
    dot.setAttribute('opacity', '0');
    dot.setAttribute('fill', pulse.direction === 'forward' ? PALETTE.phase : PALETTE.gradient);
    dot.setAttribute('stroke', PALETTE.background);
    dot.setAttribute('stroke-width', '1.5');
    dot.setAttribute('class', `network-diagram__pulse network-diagram__pulse--${pulse.direction}`);
    pulseLayer.append(dot);
    const animation = dot.animate(pulseKeyframes(pulse), {
      delay: pulse.delay,
      duration: pulse.duration,
      easing: 'ease-in-out',
      fill: 'backwards',
    });
    animation.addEventListener('finish', () => dot.remove());
    return animation;
  });
  const reveals = motion.reveals.flatMap((reveal) =>
    [...svg.querySelectorAll<SVGElement>(`[data-motion="${reveal.target}"]`)].map((element) =>
      element.animate(revealKeyframes(reveal), {
        delay: reveal.delay,
        duration: reveal.duration,
        easing: 'ease-out',
        fill: 'backwards',
      }),
    ),
  );
  return [...pulses, ...reveals];
}

/**
 * Shows the flow of a step the learner takes: when the session moves on by one phase while
 * auto-training is off (and was off), plays that phase's motion (motion.ts). Nothing moves while
 * auto-training runs, when the reader prefers reduced motion, or on an undo, a restart or an edit;
 * a new change stops what is still playing.
 */
export function useStepMotion(
  svg: RefObject<SVGSVGElement | null>,
  pulseLayer: RefObject<SVGGElement | null>,
  session: ExerciseSession,
  layout: DiagramLayout,
  running: boolean,
): void {
  const reducedMotion = usePrefersReducedMotion();
  const shown = useRef({ session, running });
  const playing = useRef<Animation[]>([]);

  useLayoutEffect(() => {
    const before = shown.current;
    if (before.session === session && before.running === running) return;
    shown.current = { session, running };
    playing.current.forEach((animation) => animation.cancel());
    playing.current = [];
    pulseLayer.current?.replaceChildren();
    const manual = !running && !before.running && isSingleStep(before.session, session);
    if (!manual || reducedMotion || !svg.current || !pulseLayer.current) return;
    playing.current = play(svg.current, pulseLayer.current, stepMotion(session, layout));
  }, [svg, pulseLayer, session, running, layout, reducedMotion]);

  useEffect(
    () => () => {
      playing.current.forEach((animation) => animation.cancel());
      playing.current = [];
    },
    [],
  );
}
