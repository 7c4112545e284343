import { useSignificantFigures } from '../../../ui/use-number-format';
import { useLanguage, useFeatureTranslation } from '../../../ui/use-translation';
import { statRows } from './stat-rows';
import { useArchitectureStore } from '../store';
import { architectureMessages } from '../messages';

/** The current step, losses and accuracies, next to the map. */
export function Readouts() {
  const t = useFeatureTranslation(architectureMessages);
  const language = useLanguage();
  const figures = useSignificantFigures();
  const stats = useArchitectureStore((state) => state.stats);
  if (!stats) return null;
  return (
    <dl className="architecture-readouts">
      {statRows(stats, language, figures, t).map(({ key, value }) => (
        <div key={key}>
          <dt>{t(key)}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
