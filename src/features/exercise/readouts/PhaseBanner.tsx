import { useId } from 'react';
import type { Phase } from '../../../core/exercise/phases';
import { phasesPerIteration } from '../../../core/exercise/phases';
import type { MessageKey } from '../../../content/ui/messages';
import { selectPhaseNumber } from '../../../store/selectors';
import { useAppStore } from '../../../store/store';
import { formatCount } from '../../../ui/format';
import { useLanguage, useTranslation } from '../../../ui/use-translation';

/** The message naming a phase of the 2–2–1 net (hidden = layer 0, output = the last layer). */
function phaseKey(phase: Phase, layerCount: number): MessageKey {
  switch (phase.kind) {
    case 'ready':
      return 'exercise.phase.ready';
    case 'forward':
      return phase.layer === layerCount - 1
        ? 'exercise.phase.forwardOutput'
        : 'exercise.phase.forwardHidden';
    case 'loss':
      return 'exercise.phase.loss';
    case 'backward':
      return phase.layer === layerCount - 1
        ? 'exercise.phase.backwardOutput'
        : 'exercise.phase.backwardHidden';
    case 'update':
      return 'exercise.phase.update';
  }
}

/**
 * Names the current phase, and where it stands in the iteration. It is a tab stop: the exercise's
 * shortcuts (Space or → for the next phase) act only where focus is not on a control, and this is
 * where a keyboard user can press them and hear each phase named.
 */
export function PhaseBanner() {
  const t = useTranslation();
  const id = useId();
  const language = useLanguage();
  const phase = useAppStore((state) => state.session.phase);
  const layerCount = useAppStore((state) => state.session.spec.layers.length);
  const iteration = useAppStore((state) => state.session.iteration);
  const phaseNumber = useAppStore(selectPhaseNumber);
  const running = useAppStore((state) => state.running);
  return (
    <div
      className="phase-banner"
      data-phase={phase.kind}
      role="group"
      tabIndex={0}
      aria-labelledby={`${id}-label`}
      aria-describedby={`${id}-keys`}
    >
      <h3 id={`${id}-label`} className="phase-label">
        {t('exercise.phase')}
      </h3>
      {/* while auto-training, the phase changes many times a second: do not announce it */}
      <p className="phase-name" aria-live={running ? 'off' : 'polite'}>
        {t(phaseKey(phase, layerCount), { iteration: formatCount(iteration, language) })}
      </p>
      <p className="phase-progress">
        {t('exercise.phaseProgress', {
          iteration: formatCount(iteration, language),
          phase: phaseNumber,
          total: phasesPerIteration(layerCount),
        })}
      </p>
      <p id={`${id}-keys`} className="visually-hidden">
        {t('exercise.shortcuts.next')}. {t('exercise.shortcuts.complete')}.
      </p>
    </div>
  );
}
