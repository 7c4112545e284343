import { defineMessages } from './define-messages';

/** Strings shared by every lab section: the frame around it and the stand-alone view. */
export const labMessages = defineMessages({
  'pt-BR': {
    'lab.kicker': 'Laboratório',
    'lab.openAlone': 'Abrir esta seção sozinha',
    'lab.backToLesson': 'Voltar à aula completa',
    'lab.loading': 'Carregando o laboratório…',
    'lab.unknown': 'Não há seção de laboratório “{id}”. Seções disponíveis:',
    'lab.choose': 'Escolha uma seção do laboratório:',
    'lab.viewTitle': 'Laboratório de backpropagation',
  },
  en: {
    'lab.kicker': 'Lab',
    'lab.openAlone': 'Open this section on its own',
    'lab.backToLesson': 'Back to the full lesson',
    'lab.loading': 'Loading the lab…',
    'lab.unknown': 'There is no lab section “{id}”. Available sections:',
    'lab.choose': 'Choose a section of the lab:',
    'lab.viewTitle': 'Backpropagation lab',
  },
});
