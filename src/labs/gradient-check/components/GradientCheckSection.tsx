import './gradient-check.css';
import { useId, useMemo } from 'react';
import { STEP_EXPONENT } from '../model/gradient-check';
import { networkParameters } from '../model/gradient-check-network';
import { refKey } from '../../../core/network/parameter-ref';
import { checkOf, useGradientCheckStore } from '../store';
import { formatValue } from '../../../ui/format';
import { labNetworkOf, useExerciseRunning, usePausedSession } from '../../../features/exercise';
import { useLanguage, useFeatureTranslation } from '../../../ui/use-translation';
import { LabFrame } from '../../shared/LabFrame';
import { ErrorChart } from './ErrorChart';
import { SweepTable } from './SweepTable';
import { gradientCheckMessages } from '../messages';

/** The lab's gradient check: backprop's ∂ℓ/∂θ beside finite differences, over a log slider of h. */
export default function GradientCheckSection() {
  const t = useFeatureTranslation(gradientCheckMessages);
  const language = useLanguage();
  // the check follows the exercise, and stands still while it auto-trains (see use-paused-session)
  const session = usePausedSession();
  const network = useMemo(() => labNetworkOf(session), [session]);
  const check = useGradientCheckStore((state) => checkOf(network, state));
  const running = useExerciseRunning();
  const parameter = useGradientCheckStore((state) => state.parameter);
  const exponent = useGradientCheckStore((state) => state.exponent);
  const select = useGradientCheckStore((state) => state.select);
  const setExponent = useGradientCheckStore((state) => state.setExponent);
  const parameterId = useId();
  const stepId = useId();
  const options = networkParameters(network.spec);
  const format = (value: number) => formatValue(value, language);
  const stepText = t('lab.gradientCheck.stepValue', { step: format(check.step) });
  const { diagnosis, name } = check;

  const sentence =
    check.gradient === 0 && check.central === 0
      ? t('lab.gradientCheck.zeroGradient', { name })
      : t(`lab.gradientCheck.regime.${diagnosis.regime}`, {
          step: format(check.step),
          error: format(check.centralError),
          best: format(diagnosis.bestStep),
          bestError: format(diagnosis.bestError),
        });

  const rows: [string, number][] = [
    [t('lab.gradientCheck.theta', { name }), check.theta],
    [t('lab.gradientCheck.backprop', { name }), check.gradient],
    [t('lab.gradientCheck.central'), check.central],
    [t('lab.gradientCheck.forward'), check.forward],
    [t('lab.gradientCheck.centralError'), check.centralError],
    [t('lab.gradientCheck.forwardError'), check.forwardError],
  ];
  return (
    <LabFrame
      id="gradient-check"
      title={t('lab.gradientCheck.title')}
      intro={<p>{t('lab.gradientCheck.intro')}</p>}
      more={<p>{t('lab.gradientCheck.more')}</p>}
      settings={
        <div className="lab-controls">
          <label htmlFor={parameterId}>
            {t('lab.gradientCheck.parameter')}
            <select
              id={parameterId}
              value={refKey(parameter)}
              onChange={(event) => {
                const chosen = options.find(
                  (option) => refKey(option.position) === event.target.value,
                );
                if (chosen) select(chosen.position, network.spec);
              }}
            >
              {options.map((option) => (
                <option key={refKey(option.position)} value={refKey(option.position)}>
                  {option.name}
                </option>
              ))}
            </select>
          </label>
          <label htmlFor={stepId} className="check-step">
            {t('lab.gradientCheck.step')}
            <input
              id={stepId}
              type="range"
              min={STEP_EXPONENT.minimum}
              max={STEP_EXPONENT.maximum}
              step={STEP_EXPONENT.step}
              value={exponent}
              aria-valuetext={stepText}
              onChange={(event) => setExponent(Number(event.target.value))}
            />
            <span className="check-step-value">{stepText}</span>
          </label>
        </div>
      }
    >
      <div role="group" aria-label={t('lab.gradientCheck.results', { name })}>
        <dl className="check-results">
          {rows.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{format(value)}</dd>
            </div>
          ))}
        </dl>
      </div>
      <p className="check-formula">{t('lab.gradientCheck.errorFormula')}</p>
      <p className="lab-summary check-sentence" aria-live={running ? 'off' : 'polite'}>
        {sentence}
      </p>
      <ErrorChart check={check} />
      <SweepTable sweep={check.sweep} currentStep={check.step} />
    </LabFrame>
  );
}
