import { defineLab } from '../define-lab';
import { architectureMessages } from './messages';

export const manifest = defineLab({
  id: 'architecture',
  messages: architectureMessages,
  title: 'lab.architecture.title',
  load: () => import('./components/ArchitectureSection'),
});
