import { defineLab } from '../define-lab';
import { challengesMessages } from './messages';

export const manifest = defineLab({
  id: 'challenges',
  messages: challengesMessages,
  title: 'lab.challenges.title',
  holdsChallenges: true,
  load: () => import('./components/ChallengesSection'),
});
