import { defineLab } from '../define-lab';
import { vanishingGradientsMessages } from './messages';

export const manifest = defineLab({
  id: 'vanishing-gradients',
  messages: vanishingGradientsMessages,
  title: 'lab.vanishingGradients.title',
  load: () => import('./components/VanishingGradientsSection'),
});
