import { defineLab } from '../define-lab';
import { computationalGraphMessages } from './messages';

export const manifest = defineLab({
  id: 'computational-graph',
  messages: computationalGraphMessages,
  title: 'lab.computationalGraph.title',
  load: () => import('./components/ComputationalGraphSection'),
});
