import { useId } from 'react';
import {
  EXERCISE_ACTIVATIONS,
  EXERCISE_DATASETS,
  EXERCISE_LOSSES,
  type ExerciseActivation,
  type ExerciseDataset,
  type ExerciseLoss,
} from '../../../core/exercise/config';
import { useAppStore } from '../../../store/store';
import { useTranslation } from '../../../ui/use-translation';

function isOneOf<T extends string>(options: readonly T[], value: string): value is T {
  return (options as readonly string[]).includes(value);
}

/** "Função de ativação", "Função de perda" and "Dados de treino". */
export function ModelChoices() {
  const t = useTranslation();
  const activation = useAppStore((state) => state.activation);
  const loss = useAppStore((state) => state.loss);
  const dataset = useAppStore((state) => state.dataset);
  const setActivation = useAppStore((state) => state.setActivation);
  const setLoss = useAppStore((state) => state.setLoss);
  const setDataset = useAppStore((state) => state.setDataset);
  const ids = {
    activation: useId(),
    loss: useId(),
    dataset: useId(),
    hint: useId(),
    dataHint: useId(),
  };
  return (
    <div className="control-group">
      <div className="control">
        <label htmlFor={ids.activation}>{t('exercise.activation')}</label>
        <select
          id={ids.activation}
          value={activation}
          aria-describedby={ids.hint}
          onChange={(event) => {
            if (isOneOf<ExerciseActivation>(EXERCISE_ACTIVATIONS, event.target.value)) {
              setActivation(event.target.value);
            }
          }}
        >
          {EXERCISE_ACTIVATIONS.map((name) => (
            <option key={name} value={name}>
              {t(`exercise.activation.${name}`)}
            </option>
          ))}
        </select>
        <small id={ids.hint}>{t('exercise.activationHint')}</small>
      </div>
      <div className="control">
        <label htmlFor={ids.loss}>{t('exercise.loss')}</label>
        <select
          id={ids.loss}
          value={loss}
          onChange={(event) => {
            if (isOneOf<ExerciseLoss>(EXERCISE_LOSSES, event.target.value))
              setLoss(event.target.value);
          }}
        >
          {EXERCISE_LOSSES.map((name) => (
            <option key={name} value={name}>
              {t(`exercise.loss.${name}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="control">
        <label htmlFor={ids.dataset}>{t('exercise.dataset')}</label>
        <select
          id={ids.dataset}
          value={dataset}
          aria-describedby={ids.dataHint}
          onChange={(event) => {
            if (isOneOf<ExerciseDataset>(EXERCISE_DATASETS, event.target.value)) {
              setDataset(event.target.value);
            }
          }}
        >
          {EXERCISE_DATASETS.map((name) => (
            <option key={name} value={name}>
              {t(`exercise.dataset.${name}`)}
            </option>
          ))}
        </select>
        <small id={ids.dataHint}>{t('exercise.datasetHint')}</small>
      </div>
    </div>
  );
}
