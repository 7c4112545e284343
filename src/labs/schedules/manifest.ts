import { defineLab } from '../define-lab';
import { title } from './title';

export const manifest = defineLab({
  id: 'schedules',
  title,
  load: () => import('./components/SchedulesSection'),
});
