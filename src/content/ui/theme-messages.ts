import { defineMessages } from './define-messages';

export const themeMessages = defineMessages({
  'pt-BR': {
    'theme.label': 'Tema',
    'theme.system': 'Sistema',
    'theme.light': 'Claro',
    'theme.dark': 'Escuro',
    'print.interactive': 'Parte interativa: use-a na versão on-line da aula, no navegador.',
  },
  en: {
    'theme.label': 'Theme',
    'theme.system': 'System',
    'theme.light': 'Light',
    'theme.dark': 'Dark',
    'print.interactive':
      'Interactive part: use it in the online version of the lesson, in a browser.',
  },
});
