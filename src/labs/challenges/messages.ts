import { defineMessages } from '../../content/ui/define-messages';
import { title } from './title';

/** The challenges on the 2–2–1 exercise, judged on its live state. */
export const challengesMessages = defineMessages({
  'pt-BR': {
    'lab.challenges.title': title['pt-BR'],
    'lab.challenges.intro': 'Três desafios sobre o exercício “Backpropagation – Passo a Passo”.',
    'lab.challenges.more':
      'Ninguém marca nada à mão: cada cartão lê o estado do exercício enquanto você treina e se marca sozinho na primeira vez que a condição vale. Os desafios cumpridos ficam salvos com as respostas das perguntas.',
    'lab.challenges.list': 'Desafios',
    'lab.challenges.goToExercise': 'Ir para o exercício',
    'lab.challenges.noExercise':
      'O exercício não está nesta página; abra a aula completa para treinar a rede.',
    'lab.challenges.exerciseBelow': 'O exercício está logo abaixo dos cartões.',
    'lab.challenges.loadingExercise': 'Carregando o exercício…',
    'lab.challenges.whatCounts': 'O que vale',
    'lab.challenges.status': 'Situação',
    'lab.challenges.met': 'Cumprido',
    'lab.challenges.notMet': 'Ainda não cumprido',
    'lab.challenges.now': 'Agora',
    'lab.challenges.announce': 'Desafio cumprido: {title}.',
    'lab.challenges.summary': '{done} de {total} desafios cumpridos.',

    'lab.challenges.reluFast.title':
      'Leve o erro abaixo de {error} com ReLU em menos de {iterations} iterações',
    'lab.challenges.reluFast.counts':
      'ReLU na camada oculta em todas as atualizações desde o último Reset (ou nova semente, ou troca de dados), sem editar pesos à mão; o erro (perda média nos exemplos) começa em {error} ou mais e fica abaixo de {error} depois de menos de {iterations} iterações.',
    'lab.challenges.reluFast.metAt': 'Cumprido na iteração {iteration}.',
    'lab.challenges.reluFast.progress':
      'Erro atual {error}; {iterations} iterações nesta execução.',

    'lab.challenges.xor.title': 'Faça o XOR funcionar com dois neurônios ocultos',
    'lab.challenges.xor.counts':
      'Dados de treino XOR e pesos aprendidos (sem editar à mão): a saída ŷ dos quatro exemplos fica do lado certo de 0,5, acima para y = 1 e abaixo para y = 0. É o que “funcionar” quer dizer para um classificador; a perda pode ainda estar alta.',
    'lab.challenges.xor.metAt':
      'Cumprido na iteração {iteration}: os quatro exemplos do lado certo.',
    'lab.challenges.xor.progress':
      '{correct} de {total} exemplos do lado certo de 0,5; erro atual {error}.',

    'lab.challenges.learningRates.title': 'Encontre um η que diverge e um que se arrasta',
    'lab.challenges.learningRates.counts':
      'Diverge: o exercício avisa que o treino divergiu, ou, {window} iterações depois de escolher o η, a perda está {ratio} vezes (ou mais) acima de onde estava. Arrasta: com η até {maxRate}, sem divergir, a perda cai menos de {fall} ao longo de {window} iterações, ainda acima de {minLoss}. Dica: compare XOR com η bem grande e OR ou XOR com η mínimo.',
    'lab.challenges.learningRates.diverging': 'η que diverge: {rate}',
    'lab.challenges.learningRates.crawling': 'η que se arrasta: {rate}',
    'lab.challenges.learningRates.missing': 'ainda não encontrado',
    'lab.challenges.learningRates.progress':
      'η atual {rate}; nas últimas {iterations} iterações com ele, a perda foi de {from} a {to} ({change}).',
    'lab.challenges.learningRates.progressShort':
      'η atual {rate}; faltam {left} iterações com ele para julgar a tendência da perda.',

    'lab.challenges.blocker.activation':
      'Escolha ReLU em “Função de ativação” (antes da primeira iteração, ou clique em Reset).',
    'lab.challenges.blocker.dataset': 'Escolha XOR em “Dados de treino”.',
    'lab.challenges.blocker.settingsChanged':
      'A ativação ou a perda mudou no meio desta execução: clique em Reset para recomeçar.',
    'lab.challenges.blocker.handEdited':
      'Um peso foi editado à mão nesta execução: clique em Reset para que o treino conte.',
    'lab.challenges.blocker.given':
      'Esta execução começou de um cenário pronto: clique em “Nova semente” e encontre a sua própria configuração.',
    'lab.challenges.blocker.startedLow':
      'O erro já começou abaixo de {error}: escolha AND, OR ou XOR em “Dados de treino”.',
    'lab.challenges.blocker.tooManyIterations':
      'Já são {iterations} iterações ou mais: clique em Reset e tente um η maior ou outra semente.',
    'lab.challenges.blocker.diverged': 'O treino divergiu: clique em Reset.',
  },
  en: {
    'lab.challenges.title': title.en,
    'lab.challenges.intro': 'Three challenges on the “Backpropagation – Step by Step” exercise.',
    'lab.challenges.more':
      'Nobody ticks anything by hand: each card reads the exercise’s state while you train and marks itself the first time its condition holds. Challenges met are saved with the quiz answers.',
    'lab.challenges.list': 'Challenges',
    'lab.challenges.goToExercise': 'Go to the exercise',
    'lab.challenges.noExercise':
      'The exercise is not on this page; open the full lesson to train the network.',
    'lab.challenges.exerciseBelow': 'The exercise is right below the cards.',
    'lab.challenges.loadingExercise': 'Loading the exercise…',
    'lab.challenges.whatCounts': 'What counts',
    'lab.challenges.status': 'Status',
    'lab.challenges.met': 'Met',
    'lab.challenges.notMet': 'Not met yet',
    'lab.challenges.now': 'Now',
    'lab.challenges.announce': 'Challenge met: {title}.',
    'lab.challenges.summary': '{done} of {total} challenges met.',

    'lab.challenges.reluFast.title':
      'Bring the error below {error} with ReLU in fewer than {iterations} iterations',
    'lab.challenges.reluFast.counts':
      'ReLU in the hidden layer for every update since the last Reset (or new seed, or change of data), with no weight edited by hand; the error (mean loss over the examples) starts at {error} or more and falls below {error} after fewer than {iterations} iterations.',
    'lab.challenges.reluFast.metAt': 'Met at iteration {iteration}.',
    'lab.challenges.reluFast.progress':
      'Current error {error}; {iterations} iterations in this run.',

    'lab.challenges.xor.title': 'Make XOR work with two hidden neurons',
    'lab.challenges.xor.counts':
      'XOR training data and learned weights (none edited by hand): the output ŷ of all four examples lies on the right side of 0.5, above for y = 1 and below for y = 0. That is what “working” means for a classifier; the loss may still be high.',
    'lab.challenges.xor.metAt':
      'Met at iteration {iteration}: all four examples on the right side.',
    'lab.challenges.xor.progress':
      '{correct} of {total} examples on the right side of 0.5; current error {error}.',

    'lab.challenges.learningRates.title': 'Find an η that diverges and one that crawls',
    'lab.challenges.learningRates.counts':
      'Diverges: the exercise says training diverged, or, {window} iterations after choosing η, the loss is {ratio} times (or more) where it was. Crawls: with η at most {maxRate}, without diverging, the loss falls by less than {fall} over {window} iterations while still above {minLoss}. Hint: compare XOR with a very large η, and OR or XOR with the smallest η.',
    'lab.challenges.learningRates.diverging': 'η that diverges: {rate}',
    'lab.challenges.learningRates.crawling': 'η that crawls: {rate}',
    'lab.challenges.learningRates.missing': 'not found yet',
    'lab.challenges.learningRates.progress':
      'Current η {rate}; over its last {iterations} iterations the loss went from {from} to {to} ({change}).',
    'lab.challenges.learningRates.progressShort':
      'Current η {rate}; {left} more iterations with it are needed to judge the loss’s trend.',

    'lab.challenges.blocker.activation':
      'Choose ReLU in “Activation function” (before the first iteration, or click Reset).',
    'lab.challenges.blocker.dataset': 'Choose XOR in “Training data”.',
    'lab.challenges.blocker.settingsChanged':
      'The activation or the loss changed during this run: click Reset to start over.',
    'lab.challenges.blocker.handEdited':
      'A weight was edited by hand in this run: click Reset so that training counts.',
    'lab.challenges.blocker.given':
      'This run started from a ready-made scenario: click “New seed” and find a setting of your own.',
    'lab.challenges.blocker.startedLow':
      'The error already started below {error}: choose AND, OR or XOR in “Training data”.',
    'lab.challenges.blocker.tooManyIterations':
      'That is {iterations} iterations or more: click Reset and try a larger η or another seed.',
    'lab.challenges.blocker.diverged': 'Training diverged: click Reset.',
  },
});

/** A key of the challenges section's own strings. */
export type ChallengesMessageKey = keyof (typeof challengesMessages)['pt-BR'];
