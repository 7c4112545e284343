import { revealedAt } from '../../../core/exercise/phases';
import { allParameterRefs, parameterGradient, refKey } from '../../../core/network/parameter-ref';
import {
  selectAbsoluteError,
  selectEpoch,
  selectIterationLoss,
  selectPrediction,
  selectTarget,
} from '../../../store/selectors';
import { useAppStore, type AppState } from '../../../store/store';
import { formatCount, formatValue } from '../../../ui/format';
import { useSignificantFigures } from '../../../ui/use-number-format';
import { parameterName } from '../../../core/network/notation';
import { useThrottledStore } from '../../../ui/use-throttled-store';
import { useLanguage, useTranslation } from '../../../ui/use-translation';

const selectSession = (state: AppState) => state.session;

/**
 * "Época", "Erro (MSE)", "Saída prevista", "Alvo (y)" and "Erro absoluto |ŷ − y|"; while
 * auto-training runs, refreshed a few times a second (no one reads numbers at 60 a second).
 */
export function Readouts() {
  const t = useTranslation();
  const language = useLanguage();
  const loss = useAppStore((state) => state.loss);
  const figures = useSignificantFigures();
  const session = useThrottledStore('numbers', selectSession);
  const epoch = useThrottledStore('numbers', selectEpoch);
  const prediction = useThrottledStore('numbers', selectPrediction);
  const target = useThrottledStore('numbers', selectTarget);
  const absoluteError = useThrottledStore('numbers', selectAbsoluteError);
  const iterationLoss = useThrottledStore('numbers', selectIterationLoss);
  const layerCount = session.spec.layers.length;
  const revealed = revealedAt(session.phase, layerCount);
  const outputKnown = revealed.forwardLayers >= layerCount;
  const value = (known: boolean, number: number) =>
    known ? (
      formatValue(number, language, figures)
    ) : (
      <span className="not-yet">{t('exercise.notYet')}</span>
    );
  return (
    <section className="readouts" aria-labelledby="readouts-title">
      <h3 id="readouts-title">{t('exercise.readouts')}</h3>
      <dl className="readout-list">
        <div>
          <dt>{t('exercise.epoch')}</dt>
          <dd>{formatCount(epoch, language)}</dd>
        </div>
        <div>
          <dt>{t('exercise.iteration')}</dt>
          <dd>{formatCount(session.iteration, language)}</dd>
        </div>
        <div>
          <dt>{t(`exercise.error.${loss}`)}</dt>
          <dd>
            {value(revealed.loss, session.trace.loss)}{' '}
            <small className="formula">{t(`exercise.errorFormula.${loss}`)}</small>
          </dd>
        </div>
        {session.examples.length > 1 && (
          <div>
            <dt>{t('exercise.datasetLoss', { count: session.examples.length })}</dt>
            <dd>{value(iterationLoss !== null && revealed.loss, iterationLoss ?? 0)}</dd>
          </div>
        )}
        <div>
          <dt>{t('exercise.prediction')}</dt>
          <dd>{value(outputKnown, prediction)}</dd>
        </div>
        <div>
          <dt>{t('exercise.targetReadout')}</dt>
          <dd>{formatValue(target, language, figures)}</dd>
        </div>
        <div>
          <dt>{t('exercise.absoluteError')}</dt>
          <dd>{value(outputKnown, absoluteError)}</dd>
        </div>
      </dl>
    </section>
  );
}

/**
 * "Gradientes": every ∂L/∂parameter, known from the backward phase that computes it; a strip
 * under the diagram (whose arrows show the same numbers), three to a row in a narrow exercise.
 * Each cell shows its parameter's name under the heading; "∂L/∂" is there for a screen reader.
 */
export function GradientReadouts() {
  const t = useTranslation();
  const language = useLanguage();
  const figures = useSignificantFigures();
  const session = useThrottledStore('numbers', selectSession);
  const revealed = revealedAt(session.phase, session.spec.layers.length);
  return (
    <section className="gradient-readouts" aria-labelledby="gradient-readouts-title">
      <h3 id="gradient-readouts-title">{t('exercise.gradients')}</h3>
      <dl className="gradient-list">
        {allParameterRefs(session.spec).map((ref) => (
          <div key={refKey(ref)}>
            <dt>
              <span className="visually-hidden">∂L/∂</span>
              {parameterName(session.spec, ref)}
            </dt>
            <dd data-parameter={refKey(ref)}>
              {revealed.backwardFrom <= ref.layer ? (
                formatValue(parameterGradient(session.trace, ref) ?? 0, language, figures)
              ) : (
                <span className="not-yet">{t('exercise.notYet')}</span>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
