import { defineLab } from '../define-lab';
import { title } from './title';

export const manifest = defineLab({
  id: 'overfitting',
  title,
  load: () => import('./components/OverfittingSection'),
});
