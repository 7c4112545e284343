import { defineMessages } from './define-messages';

/** Strings of the "Incorporar" dialog. */
export const embedMessages = defineMessages({
  'pt-BR': {
    'embed.open': 'Incorporar',
    'embed.title': 'Incorporar numa página ou no Moodle/Canvas',
    'embed.what': 'O que mostrar',
    'embed.view.lesson': 'A aula completa',
    'embed.view.widget': 'Só o exercício 2–2–1',
    'embed.view.quiz': 'Um questionário',
    'embed.view.lab': 'Uma seção do laboratório',
    'embed.quiz': 'Questionário',
    'embed.lab': 'Seção do laboratório',
    'embed.language': 'Idioma',
    'embed.projector': 'Em modo projetor',
    'embed.code': 'Código para colar (HTML)',
    'embed.copy': 'Copiar código',
    'embed.copied': 'Código copiado.',
    'embed.copyManual': 'Não foi possível copiar: selecione o código e copie com Ctrl+C.',
    'embed.link': 'Ou use o link direto:',
    'embed.height':
      'No Moodle (com o script de redimensionamento do H5P) e no Canvas, a altura do quadro se ajusta ao conteúdo; em outras páginas ele rola por dentro.',
    'embed.close': 'Fechar',
    'embed.parent': 'Página que recebe a nota (origem, opcional)',
    'embed.parentHint':
      'Sem SCORM, o app envia a nota só para esta origem (por postMessage), depois de cada resposta.',
    'embed.parentInvalid': 'Escreva só a origem, como https://moodle.exemplo.edu.br (sem caminho).',
    'embed.frameTitle': 'Backprop Lab: {what}',
  },
  en: {
    'embed.open': 'Embed',
    'embed.title': 'Embed in a page or in Moodle/Canvas',
    'embed.what': 'What to show',
    'embed.view.lesson': 'The whole lesson',
    'embed.view.widget': 'The 2–2–1 exercise only',
    'embed.view.quiz': 'One quiz',
    'embed.view.lab': 'One lab section',
    'embed.quiz': 'Quiz',
    'embed.lab': 'Lab section',
    'embed.language': 'Language',
    'embed.projector': 'In projector mode',
    'embed.code': 'Code to paste (HTML)',
    'embed.copy': 'Copy code',
    'embed.copied': 'Code copied.',
    'embed.copyManual': 'The code could not be copied: select it and press Ctrl+C.',
    'embed.link': 'Or use the direct link:',
    'embed.height':
      'In Moodle (with H5P’s resizer script) and in Canvas the frame’s height follows its content; on other pages it scrolls inside.',
    'embed.close': 'Close',
    'embed.parent': 'Page that receives the score (origin, optional)',
    'embed.parentHint':
      'Without SCORM, the app posts the score to this origin only (by postMessage), after each answer.',
    'embed.parentInvalid': 'Write only the origin, such as https://moodle.example.edu (no path).',
    'embed.frameTitle': 'Backprop Lab: {what}',
  },
});
