import { useAppStore } from '../../../store/store';
import { useLanguage, useTranslation } from '../../ui/use-translation';
import { statRows } from './stat-rows';

/** The current step, losses and accuracies, next to the map. */
export function Readouts() {
  const t = useTranslation();
  const language = useLanguage();
  const stats = useAppStore((state) => state.architectureStats);
  if (!stats) return null;
  return (
    <dl className="architecture-readouts">
      {statRows(stats, language, t).map(({ key, value }) => (
        <div key={key}>
          <dt>{t(key)}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
