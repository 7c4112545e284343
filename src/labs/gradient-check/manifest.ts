import { defineLab } from '../define-lab';
import { gradientCheckMessages } from './messages';

export const manifest = defineLab({
  id: 'gradient-check',
  messages: gradientCheckMessages,
  title: 'lab.gradientCheck.title',
  load: () => import('./components/GradientCheckSection'),
});
