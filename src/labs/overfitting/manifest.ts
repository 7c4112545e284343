import { defineLab } from '../define-lab';
import { overfittingMessages } from './messages';

export const manifest = defineLab({
  id: 'overfitting',
  messages: overfittingMessages,
  title: 'lab.overfitting.title',
  load: () => import('./components/OverfittingSection'),
});
