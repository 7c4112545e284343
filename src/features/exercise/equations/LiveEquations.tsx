import { useId, useMemo } from 'react';
import { allParameterRefs, refKey } from '../../../core/network/parameter-ref';
import { useAppStore, type AppState } from '../../../store/store';
import { Math } from '../../../ui/Math';
import { useSignificantFigures } from '../../../ui/use-number-format';
import { useThrottledStore } from '../../../ui/use-throttled-store';
import { useLanguage, useTranslation } from '../../../ui/use-translation';
import { equationLines, equationTexWrapped } from './equation-lines';
import { parameterName } from '../../../core/network/notation';
import { parameterRole } from './parameter-symbols';
import { equationStep, phaseStepOf } from '../layout/phase-steps';
import './live-equations.css';

const selectSession = (state: AppState) => state.session;

/**
 * The lesson's backward equations for the parameter the learner chose, from the output down to
 * that parameter and its update, with this iteration's numbers substituted as the phases reveal them.
 * The lines the current phase computes are marked (data-current, and said to a screen reader), and
 * the chosen parameter's own lines (its gradient and its update) are marked data-chosen.
 */
export function LiveEquations() {
  const t = useTranslation();
  const language = useLanguage();
  // typesetting every equation on every frame of auto-training is too slow: a few times a second
  const session = useThrottledStore('equations', selectSession);
  const selected = useAppStore((state) => state.selected);
  const figures = useSignificantFigures();
  const select = useAppStore((state) => state.select);
  const titleId = useId();
  const selectId = useId();
  const hintId = useId();
  const options = useMemo(
    () =>
      allParameterRefs(session.spec)
        .filter((ref) => parameterRole(ref) !== null)
        .map((ref) => ({ ref, key: refKey(ref), label: parameterName(session.spec, ref) })),
    [session.spec],
  );
  const lines = useMemo(
    () => equationLines(session, selected, language, figures),
    [session, selected, language, figures],
  );
  const currentStep = phaseStepOf(session.phase, session.spec.layers.length);
  const hiddenParameter = lines.some((line) => line.id === 'hiddenDelta');
  const selectedKey = refKey(selected);
  const selectedLabel = options.find((option) => option.key === selectedKey)?.label ?? '';

  return (
    <section className="live-equations" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('exercise.equations')}</h3>
      <label htmlFor={selectId}>{t('exercise.equationsFor')}</label>{' '}
      <select
        id={selectId}
        aria-describedby={hintId}
        value={selectedKey}
        onChange={(event) => {
          const option = options.find((candidate) => candidate.key === event.target.value);
          if (option) select(option.ref);
        }}
      >
        {options.map((option) => (
          <option key={option.key} value={option.key}>
            {option.label}
          </option>
        ))}
      </select>
      {/* a long chain scrolls sideways: the list takes focus, and the arrows, to scroll it */}
      <ol
        className="equation-lines"
        aria-label={t('equations.chain', { name: selectedLabel })}
        tabIndex={0}
        data-own-keys
      >
        {lines.map((line) => {
          const current = equationStep(line.id, hiddenParameter) === currentStep;
          const chosen = line.id === 'gradient' || line.id === 'update';
          return (
            <li
              key={line.id}
              className="equation-line"
              data-current={current || undefined}
              data-chosen={chosen || undefined}
            >
              {current && <span className="visually-hidden">{t('exercise.thisPhaseLine')}: </span>}
              <Math tex={equationTexWrapped(line)} display />
              {line.note && <p className="equation-note">{t(line.note)}</p>}
              {line.numbers === null && <p className="not-yet">{t('exercise.equationsWaiting')}</p>}
            </li>
          );
        })}
      </ol>
      <p id={hintId} className="equation-hint">
        {t('exercise.equationsHint')}
      </p>
      <p className="equation-hint">{t('exercise.equationsPrecision', { figures })}</p>
    </section>
  );
}
