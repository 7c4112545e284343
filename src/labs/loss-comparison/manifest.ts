import { defineLab } from '../define-lab';
import { lossComparisonMessages } from './messages';

export const manifest = defineLab({
  id: 'loss-comparison',
  messages: lossComparisonMessages,
  title: 'lab.lossComparison.title',
  load: () => import('./components/LossComparisonSection'),
});
