import { useAppStore } from '../../../store/store';
import { useTranslation } from '../../../ui/use-translation';
import { PHASE_STEPS, phaseStepIndex } from './phase-steps';

const STATUS = { done: 'exercise.stepper.done', upcoming: 'exercise.stepper.upcoming' } as const;

/**
 * The six phases of the iteration as a fixed row: done, current (aria-current="step"), upcoming.
 * A phase of this iteration is one click away: the store's own steps, repeated (nextPhase forward,
 * previousPhase back through the history), so the trace is exactly what stepping by hand gives.
 * The phase banner below it announces each change (aria-live).
 */
export function PhaseStepper() {
  const t = useTranslation();
  const current = useAppStore((state) =>
    phaseStepIndex(state.session.phase, state.session.spec.layers.length),
  );
  const running = useAppStore((state) => state.running);
  const diverged = useAppStore((state) => state.session.status === 'diverged');
  const history = useAppStore((state) => state.past.length);
  const goTo = (target: number) => {
    const store = useAppStore.getState();
    const steps = target - current;
    for (let step = 0; step < steps; step++) store.nextPhase();
    for (let step = 0; step < -steps; step++) store.previousPhase();
  };
  return (
    <ol className="phase-stepper" aria-label={t('exercise.stepper')}>
      {PHASE_STEPS.map((step, index) => {
        const state = index < current ? 'done' : index === current ? 'current' : 'upcoming';
        const distance = index - current;
        const label = t(`exercise.stepper.${step}`);
        const reachable =
          !running && distance !== 0 && (distance > 0 ? !diverged : history >= -distance);
        return (
          <li key={step} className="phase-step" data-state={state}>
            <button
              type="button"
              aria-current={state === 'current' ? 'step' : undefined}
              disabled={!reachable && state !== 'current'}
              // a pointer's shortcut: the keyboard has the same steps in the top bar (and ← →),
              // so the six buttons do not add six tab stops between the bar and the diagram
              tabIndex={-1}
              onClick={() => goTo(index)}
            >
              {/* the number is drawn by CSS (a counter), so the name is the phase's: "Perda, a seguir" */}
              <span className="phase-step__number" aria-hidden="true" />
              <span className="phase-step__label">
                {label}
                {state !== 'current' && (
                  <span className="visually-hidden">, {t(STATUS[state])}</span>
                )}
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
