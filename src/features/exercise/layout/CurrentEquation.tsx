import { useMemo } from 'react';
import { useAppStore, type AppState } from '../../../store/store';
import { Math } from '../../../ui/Math';
import { useSignificantFigures } from '../../../ui/use-number-format';
import { useThrottledStore } from '../../../ui/use-throttled-store';
import { useLanguage, useTranslation } from '../../../ui/use-translation';
import { equationLines, equationTexWrapped } from '../equations/equation-lines';
import { equationStep, phaseStepOf } from './phase-steps';

const selectSession = (state: AppState) => state.session;

/**
 * The lines of the chosen parameter's chain that the current phase computes, with their numbers
 * (the phone's sheet above the step bar); a phase that computes none of them says what it does.
 */
export function CurrentEquation() {
  const t = useTranslation();
  const language = useLanguage();
  const figures = useSignificantFigures();
  const session = useThrottledStore('equations', selectSession);
  const selected = useAppStore((state) => state.selected);
  const lines = useMemo(
    () => equationLines(session, selected, language, figures),
    [session, selected, language, figures],
  );
  const step = phaseStepOf(session.phase, session.spec.layers.length);
  const hiddenParameter = lines.some((line) => line.id === 'hiddenDelta');
  const current = lines.filter((line) => equationStep(line.id, hiddenParameter) === step);
  if (current.length === 0) {
    return <p className="current-equation__none">{t('exercise.noEquationThisPhase')}</p>;
  }
  return (
    <ol className="current-equation__lines">
      {current.map((line) => (
        <li key={line.id}>
          <Math tex={equationTexWrapped(line)} display />
        </li>
      ))}
    </ol>
  );
}
