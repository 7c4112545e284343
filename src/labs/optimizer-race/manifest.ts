import { defineLab } from '../define-lab';
import { optimizerRaceMessages } from './messages';

export const manifest = defineLab({
  id: 'optimizer-race',
  messages: optimizerRaceMessages,
  title: 'lab.optimizerRace.title',
  load: () => import('./components/OptimizerRaceSection'),
});
