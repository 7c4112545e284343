import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { StepButtons } from '../controls/StepButtons';
import { useAppStore } from '../../../store/store';
import { useTranslation } from '../../../ui/use-translation';
import { CurrentEquation } from './CurrentEquation';
import { PHASE_STEPS, phaseStepIndex } from './phase-steps';
import { useHeightVariable } from './use-height-variable';

/** Whether any part of `target` is on the screen (true where IntersectionObserver is missing). */
function useOnScreen(target: RefObject<HTMLElement | null>): boolean {
  const [onScreen, setOnScreen] = useState(true);
  useEffect(() => {
    const element = target.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      setOnScreen(entries.some((entry) => entry.isIntersecting));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [target]);
  return onScreen;
}

/**
 * On a phone: the step controls and the current phase in a bar fixed at the bottom of the screen
 * while the exercise is in view, and the current equation in a sheet above it that the learner can
 * fold away; the diagram scrolls behind them. In the reading and tab order the bar comes first in
 * the exercise, before the diagram. `exercise` (the section) keeps room for it at its end.
 */
export function PhoneStepBar({ exercise }: { exercise: RefObject<HTMLElement | null> }) {
  const t = useTranslation();
  const sheetId = useId();
  const bar = useRef<HTMLDivElement>(null);
  const [sheetOpen, setSheetOpen] = useState(true);
  const shown = useOnScreen(exercise);
  useHeightVariable(bar, exercise, '--phone-bar-height');
  const index = useAppStore((state) =>
    phaseStepIndex(state.session.phase, state.session.spec.layers.length),
  );
  const step = PHASE_STEPS[index];
  return (
    <div
      ref={bar}
      className="phone-step-bar"
      role="group"
      aria-label={t('exercise.stepBar')}
      data-shown={shown || undefined}
    >
      <div id={sheetId} className="phone-step-bar__sheet" hidden={!sheetOpen}>
        <CurrentEquation />
      </div>
      <div className="phone-step-bar__phase">
        <span>
          {step
            ? t('exercise.phoneStep', {
                number: String(index + 1),
                name: t(`exercise.stepper.${step}`),
              })
            : t('exercise.phoneReady')}
        </span>
        <button
          type="button"
          className="link-button"
          aria-expanded={sheetOpen}
          aria-controls={sheetId}
          onClick={() => setSheetOpen(!sheetOpen)}
        >
          {t('exercise.equationSheet')}
        </button>
      </div>
      <StepButtons />
    </div>
  );
}
