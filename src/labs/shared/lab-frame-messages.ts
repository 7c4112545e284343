import { defineMessages } from '../../content/ui/define-messages';

/** The strings every lab section shares: its top bar's verbs and the frame's disclosure. */
export const labFrameMessages = defineMessages({
  'pt-BR': {
    'lab.frame.toolbar': 'Controles de {title}',
    'lab.frame.settings': 'Ajustes de {title}',
    'lab.frame.more': 'Saiba mais',
    'lab.frame.train': 'Treinar',
    'lab.frame.pause': 'Pausar',
    'lab.frame.step': 'Um passo',
    'lab.frame.reset': 'Reiniciar',
  },
  en: {
    'lab.frame.toolbar': '{title} controls',
    'lab.frame.settings': '{title} settings',
    'lab.frame.more': 'More',
    'lab.frame.train': 'Train',
    'lab.frame.pause': 'Pause',
    'lab.frame.step': 'One step',
    'lab.frame.reset': 'Reset',
  },
});
