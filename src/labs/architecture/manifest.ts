import { defineLab } from '../define-lab';
import { title } from './title';

export const manifest = defineLab({
  id: 'architecture',
  title,
  load: () => import('./components/ArchitectureSection'),
});
