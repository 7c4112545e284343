import './hand-calculation.css';
import { useId } from 'react';
import { HAND_CALCULATION_VALUES } from '../../../core/exercise/hand-calculation';
import { useAppStore } from '../../../store/store';
import { useTranslation } from '../../../ui/use-translation';
import { HandValueBox } from './HandValueBox';
import { WorkedIteration } from './WorkedIteration';

/**
 * "Cálculo à mão": the toggle (round starting numbers, six significant figures), then a box for
 * each value to compute before the exercise shows it, and the iteration worked out for printing.
 */
export function HandCalculationPanel() {
  const t = useTranslation();
  const hintId = useId();
  const on = useAppStore((state) => state.handCalculation);
  const setHandCalculation = useAppStore((state) => state.setHandCalculation);
  return (
    <section className="hand-calculation" aria-label={t('hand.title')}>
      <label className="control-inline toggle">
        <input
          type="checkbox"
          checked={on}
          aria-describedby={hintId}
          onChange={(event) => setHandCalculation(event.target.checked)}
        />
        {t('hand.toggle')}
      </label>
      <p id={hintId} className="hand-hint">
        {t('hand.toggleHint')}
      </p>
      {on && (
        <>
          <p>{t('hand.intro')}</p>
          <p className="hand-tolerance">{t('hand.tolerance')}</p>
          <div className="hand-values">
            {HAND_CALCULATION_VALUES.map((value) => (
              <HandValueBox key={value} value={value} />
            ))}
          </div>
          <WorkedIteration />
        </>
      )}
    </section>
  );
}
