import { defineLab } from '../define-lab';
import { title } from './title';

export const manifest = defineLab({
  id: 'vanishing-gradients',
  title,
  load: () => import('./components/VanishingGradientsSection'),
});
