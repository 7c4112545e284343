import { defineLab } from '../define-lab';
import { title } from './title';

export const manifest = defineLab({
  id: 'challenges',
  title,
  holdsChallenges: true,
  load: () => import('./components/ChallengesSection'),
});
