import { defineLab } from '../define-lab';
import { title } from './title';

export const manifest = defineLab({
  id: 'loss-comparison',
  title,
  load: () => import('./components/LossComparisonSection'),
});
