import { allParameterRefs, parameterValue, refKey } from '../../../core/network/parameter-ref';
import { useAppStore, type AppState } from '../../../store/store';
import { useFormatField } from '../../../ui/use-number-format';
import { parameterName } from '../../../core/network/notation';
import { useThrottledStore } from '../../../ui/use-throttled-store';
import { useTranslation } from '../../../ui/use-translation';
import { NumberField } from './NumberField';

const selectParameters = (state: AppState) => state.session.parameters;

/** Every weight and bias as a field the learner can type into. */
export function ParameterEditor() {
  const t = useTranslation();
  // the display's significant figures: 6 in the hand-calculation mode
  const format = useFormatField();
  const spec = useAppStore((state) => state.session.spec);
  // the fields are disabled while training runs: they follow it a few times a second
  const parameters = useThrottledStore('numbers', selectParameters);
  const running = useAppStore((state) => state.running);
  const setParameter = useAppStore((state) => state.setParameter);
  return (
    <details className="parameter-editor">
      <summary>{t('exercise.parameters')}</summary>
      <fieldset disabled={running}>
        <legend className="visually-hidden">{t('exercise.parameters')}</legend>
        {allParameterRefs(spec).map((ref) => {
          const name = parameterName(spec, ref);
          return (
            <NumberField
              key={refKey(ref)}
              label={name}
              display={format(parameterValue(parameters, ref) ?? 0)}
              invalidMessage={t('exercise.invalidNumber')}
              onCommit={(value) => setParameter(ref, value)}
            />
          );
        })}
      </fieldset>
    </details>
  );
}
