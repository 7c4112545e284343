import { defineMessages } from './define-messages';

/** Strings of the loss chart's text alternative and of the live equations, beyond the exercise's own. */
export const chartMessages = defineMessages({
  'pt-BR': {
    'lossChart.recentValues': 'Últimos valores da perda',
    'lossChart.recentCaption': 'As {count} perdas mais recentes registradas',
    'lossChart.logOmitted':
      '{count} ponto(s) com perda 0 ficam fora do gráfico: a escala logarítmica só mostra valores positivos.',
    'equations.chain': 'Regra da cadeia até {name}',
  },
  en: {
    'lossChart.recentValues': 'Latest loss values',
    'lossChart.recentCaption': 'The {count} most recent recorded losses',
    'lossChart.logOmitted':
      '{count} point(s) with zero loss are left out: a log scale shows positive values only.',
    'equations.chain': 'Chain rule down to {name}',
  },
});
