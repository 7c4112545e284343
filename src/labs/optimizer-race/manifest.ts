import { defineLab } from '../define-lab';
import { title } from './title';

export const manifest = defineLab({
  id: 'optimizer-race',
  title,
  load: () => import('./components/OptimizerRaceSection'),
});
