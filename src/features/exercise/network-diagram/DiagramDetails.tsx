import type { ExerciseSession } from '../../../core/exercise/session';
import { useAppStore } from '../../../store/store';
import { useSignificantFigures } from '../../../ui/use-number-format';
import { useLanguage, useTranslation } from '../../../ui/use-translation';
import type { DiagramItem } from './diagram-item';
import { itemEquations, type Translate } from './equations';
import { neuronTitle } from './item-labels';
import { inputName, parameterName } from '../../../core/network/notation';

interface DiagramDetailsProps {
  item: DiagramItem;
  session: ExerciseSession;
  headingId: string;
}

function itemTitle(item: DiagramItem, session: ExerciseSession, t: Translate): string {
  switch (item.kind) {
    case 'input':
      return t('diagram.inputTitle', { name: inputName(item.row) });
    case 'neuron':
      return neuronTitle(session.spec, item.layer, item.row, t);
    case 'parameter': {
      const name = parameterName(session.spec, item.ref);
      return t(item.ref.kind === 'weight' ? 'diagram.weightTitle' : 'diagram.biasTitle', { name });
    }
  }
}

/** The inspected item's numbers and the equations that produced them, beside the diagram. */
export function DiagramDetails({ item, session, headingId }: DiagramDetailsProps) {
  const t = useTranslation();
  const language = useLanguage();
  const figures = useSignificantFigures();
  const lines = itemEquations(item, { session, language, t, figures });
  // while auto-training, the numbers change many times a second: do not announce them
  const running = useAppStore((state) => state.running);
  return (
    <section
      className="network-diagram__details"
      aria-labelledby={headingId}
      aria-live={running ? 'off' : 'polite'}
    >
      <h3 id={headingId} className="network-diagram__details-title">
        {t('diagram.details')}: {itemTitle(item, session, t)}
      </h3>
      <ul className="network-diagram__equations">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p className="network-diagram__hint">{t('diagram.detailsHint')}</p>
    </section>
  );
}
