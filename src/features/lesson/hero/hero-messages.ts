import { defineMessages } from '../../../content/ui/define-messages';

/** Strings of the lesson's first screen: the promise, the live network, the saved-answers line. */
export const heroMessages = defineMessages({
  'pt-BR': {
    'lesson.hero.promise':
      'Veja como uma rede aprende os próprios pesos: o erro da saída volta camada por camada, e cada peso muda na medida da sua parte na culpa.',
    'lesson.hero.toExercise': 'Ir para o exercício interativo',
    'lesson.hero.figureTitle': 'A rede 2–2–1 do exercício, como está agora',
    'lesson.hero.figure':
      'A rede 2–2–1 do exercício, como está agora. Entradas {inputs}; camada oculta {hidden}; saída ŷ = {prediction} para o alvo y = {target}; perda L = {loss}. Pesos: {weights}.',
    'lesson.hero.legend':
      'Cada linha é um peso: mais grossa quanto maior |w|; contínua se positivo, tracejada se negativo.',
    'lesson.hero.loss': 'L = {loss}',
    'lesson.hero.target': 'y = {target}',
    'lesson.saved.browser': 'Respostas salvas só neste navegador.',
    'lesson.saved.memory': 'Nada fica salvo: as respostas somem ao fechar a aba.',
    'lesson.saved.lms': 'Respostas enviadas a {lms}.',
    'lesson.saved.review': 'Revisão: nada do que fizer agora muda a nota.',
    'lesson.saved.more': 'Detalhes',
  },
  en: {
    'lesson.hero.promise':
      'See how a network learns its own weights: the output’s error flows back layer by layer, and each weight moves by its share of the blame.',
    'lesson.hero.toExercise': 'Go to the interactive exercise',
    'lesson.hero.figureTitle': 'The exercise’s 2–2–1 network as it stands',
    'lesson.hero.figure':
      'The exercise’s 2–2–1 network as it stands. Inputs {inputs}; hidden layer {hidden}; output ŷ = {prediction} for the target y = {target}; loss L = {loss}. Weights: {weights}.',
    'lesson.hero.legend':
      'Each line is a weight: thicker for a larger |w|; solid when positive, dashed when negative.',
    'lesson.hero.loss': 'L = {loss}',
    'lesson.hero.target': 'y = {target}',
    'lesson.saved.browser': 'Answers saved in this browser only.',
    'lesson.saved.memory': 'Nothing is saved: your answers go when the tab closes.',
    'lesson.saved.lms': 'Answers sent to {lms}.',
    'lesson.saved.review': 'Review: nothing you do now changes your grade.',
    'lesson.saved.more': 'Details',
  },
});

export type HeroMessageKey = keyof (typeof heroMessages)['pt-BR'];
