import { defineMessages } from './define-messages';

export const appMessages = defineMessages({
  'pt-BR': {
    'app.title': 'Backprop Lab',
    'app.tagline':
      'Retropropagação passo a passo: veja cada neurônio calcular, cada erro voltar e cada peso mudar.',
    'app.skipToContent': 'Pular para o conteúdo',
    'app.language': 'Idioma',
    'app.switchLanguage': 'Switch to English',
    'app.footer': 'Backprop Lab — uma aula interativa sobre retropropagação.',
    'app.lessonLoading': 'Carregando a aula…',
    'app.lessonFailed': 'Não foi possível carregar a aula. Verifique a conexão e tente de novo.',
    'app.retry': 'Tentar de novo',
    'math.error': 'Fórmula com erro',
  },
  en: {
    'app.title': 'Backprop Lab',
    'app.tagline':
      'Backpropagation step by step: watch every neuron compute, every error flow back and every weight move.',
    'app.skipToContent': 'Skip to content',
    'app.language': 'Language',
    'app.switchLanguage': 'Mudar para português',
    'app.footer': 'Backprop Lab — an interactive lesson on backpropagation.',
    'app.lessonLoading': 'Loading the lesson…',
    'app.lessonFailed': 'The lesson could not be loaded. Check the connection and try again.',
    'app.retry': 'Try again',
    'math.error': 'Formula error',
  },
});
