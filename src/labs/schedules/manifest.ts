import { defineLab } from '../define-lab';
import { schedulesMessages } from './messages';

export const manifest = defineLab({
  id: 'schedules',
  messages: schedulesMessages,
  title: 'lab.schedules.title',
  load: () => import('./components/SchedulesSection'),
});
