import { useAppStore } from '../../../store/store';
import { formatField } from '../../../ui/format';
import { useLanguage, useTranslation } from '../../../ui/use-translation';
import { NumberField } from './NumberField';

/** The lesson's example x₁, x₂ → y, editable; fixed (and shown read-only) for AND, OR and XOR. */
export function ExampleEditor() {
  const t = useTranslation();
  const language = useLanguage();
  const dataset = useAppStore((state) => state.dataset);
  const example = useAppStore((state) => state.lessonExample);
  const setExample = useAppStore((state) => state.setLessonExample);
  if (dataset !== 'lesson') return null;
  const [x1 = 0, x2 = 0] = example.input;
  const [y = 0] = example.target;
  const invalid = t('exercise.invalidNumber');
  return (
    <fieldset className="example-editor">
      <legend>{t('exercise.example')}</legend>
      <NumberField
        label={t('exercise.inputX1')}
        display={formatField(x1, language)}
        invalidMessage={invalid}
        onCommit={(value) => setExample({ input: [value, x2], target: [y] })}
      />
      <NumberField
        label={t('exercise.inputX2')}
        display={formatField(x2, language)}
        invalidMessage={invalid}
        onCommit={(value) => setExample({ input: [x1, value], target: [y] })}
      />
      <NumberField
        label={t('exercise.target')}
        display={formatField(y, language)}
        invalidMessage={invalid}
        validate={(value) => (value >= 0 && value <= 1 ? null : t('exercise.invalidTarget'))}
        onCommit={(value) => setExample({ input: [x1, x2], target: [value] })}
      />
    </fieldset>
  );
}
