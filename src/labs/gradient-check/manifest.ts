import { defineLab } from '../define-lab';
import { title } from './title';

export const manifest = defineLab({
  id: 'gradient-check',
  title,
  load: () => import('./components/GradientCheckSection'),
});
