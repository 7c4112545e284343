import { useEffect, useId, useRef } from 'react';
import { parameterName } from '../../../core/network/notation';
import { parameterValue } from '../../../core/network/parameter-ref';
import { useAppStore, type AppState } from '../../../store/store';
import { formatValue } from '../../../ui/format';
import { useSignificantFigures } from '../../../ui/use-number-format';
import { useThrottledStore } from '../../../ui/use-throttled-store';
import { useLanguage, useTranslation } from '../../../ui/use-translation';
import { LiveEquations } from '../equations/LiveEquations';
import { Readouts } from '../readouts/Readouts';

const selectSession = (state: AppState) => state.session;

/** The chosen parameter's value now → after the update (the arrow's right side once it is known). */
function ChosenParameter() {
  const t = useTranslation();
  const language = useLanguage();
  const figures = useSignificantFigures();
  const session = useThrottledStore('numbers', selectSession);
  const selected = useAppStore((state) => state.selected);
  const before = parameterValue(session.parameters, selected);
  const after = session.updatedParameters
    ? parameterValue(session.updatedParameters, selected)
    : undefined;
  if (before === undefined) return null;
  return (
    <p className="chosen-parameter">
      <span>{t('exercise.chosenParameter', { name: parameterName(session.spec, selected) })}</span>{' '}
      <span className="chosen-parameter__values">
        {formatValue(before, language, figures)} →{' '}
        {after === undefined ? (
          <span className="not-yet">{t('exercise.notYet')}</span>
        ) : (
          formatValue(after, language, figures)
        )}
      </span>
    </p>
  );
}

/**
 * "Esta fase": beside the diagram, what the current phase computed — the chosen parameter's value
 * and its new value, the live equations with the current phase's lines marked, and the read-outs.
 * Its box has a fixed height (a sticky column; the equations scroll inside it, above the read-outs),
 * so stepping never moves it.
 */
export function ThisPhase({ covered = false }: { covered?: boolean }) {
  const t = useTranslation();
  const titleId = useId();
  const column = useRef<HTMLElement>(null);
  const phase = useAppStore((state) => state.session.phase);
  // the current phase's lines come into view in the equations' own scroller (never the page's)
  useEffect(() => {
    const lines = column.current?.querySelectorAll('[data-current]') ?? [];
    const first = lines[0];
    const last = lines[lines.length - 1];
    const scrollers = [first?.closest('.live-equations'), column.current];
    const box = scrollers.find(
      (element) =>
        element &&
        ['auto', 'scroll'].includes(getComputedStyle(element).overflowY) &&
        element.scrollHeight > element.clientHeight,
    );
    if (!first || !last || !box) return;
    const shown = box.getBoundingClientRect();
    const top = first.getBoundingClientRect().top;
    // the first of them at the top of the scroller, unless they are all in view already
    if (top < shown.top || last.getBoundingClientRect().bottom > shown.bottom) {
      box.scrollTop += top - shown.top - 4;
    }
  }, [phase]);
  return (
    // under the open settings drawer, out of the tab order and the reading order
    <aside ref={column} className="exercise-phase-column" aria-labelledby={titleId} inert={covered}>
      <div className="exercise-phase-column__header">
        <h3 id={titleId} className="exercise-phase-column__title">
          {t('exercise.thisPhase')}
        </h3>
        <ChosenParameter />
      </div>
      <LiveEquations />
      <Readouts />
    </aside>
  );
}
