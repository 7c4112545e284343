import { defineLab } from '../define-lab';
import { title } from './title';

export const manifest = defineLab({
  id: 'computational-graph',
  title,
  load: () => import('./components/ComputationalGraphSection'),
});
