import { defineLab } from '../define-lab';
import { challengesMessages } from './messages';

export const manifest = defineLab({
  id: 'challenges',
  messages: challengesMessages,
  title: 'lab.challenges.title',
  load: () => import('./components/ChallengesSection'),
});
