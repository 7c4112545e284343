import { defineMessages } from '../../content/ui/define-messages';

/** Strings of the lab section on overfitting (train vs test loss, L2, dropout, early stopping). */
export const overfittingMessages = defineMessages({
  'pt-BR': {
    'lab.overfitting.title': 'Sobreajuste na prática',
    'lab.overfitting.intro':
      'Uma rede {architecture} (tanh nas ocultas, saída sigmoide, entropia cruzada binária, Adam com η = {rate}, lote completo) treina em {train} pontos ruidosos de duas nuvens gaussianas que se sobrepõem; outros {test} pontos ficam de fora e servem de conjunto de teste (validação). Treine sem regularização e veja a perda de teste voltar a subir enquanto a de treino continua caindo; depois experimente L2, dropout e a parada antecipada.',
    'lab.overfitting.settings': 'Regularização',
    'lab.overfitting.seed': 'Semente (dados e pesos iniciais)',
    'lab.overfitting.l2': 'L2 (λ)',
    'lab.overfitting.l2Hint':
      'Aqui a penalidade é (λ/2)·Σw², só nos pesos (não nos vieses): soma λw ao gradiente, então este λ vale o dobro do λ da fórmula acima.',
    'lab.overfitting.dropout': 'Dropout (taxa p)',
    'lab.overfitting.earlyStopping': 'Parada antecipada',
    'lab.overfitting.patience': 'Paciência (passos)',
    'lab.overfitting.patienceHint':
      'Múltiplo de {interval}, de {interval} a {max}: as perdas são medidas a cada {interval} passos.',
    'lab.overfitting.play': 'Treinar',
    'lab.overfitting.pause': 'Pausar',
    'lab.overfitting.step': 'Avançar {count} passos',
    'lab.overfitting.reset': 'Reiniciar',
    'lab.overfitting.logScale': 'Eixo vertical logarítmico',
    'lab.overfitting.chartTitle': 'Perdas de treino e de teste (entropia cruzada binária média)',
    'lab.overfitting.stepAxis': 'Passo',
    'lab.overfitting.train': 'Treino (linha contínua)',
    'lab.overfitting.test': 'Teste (linha tracejada)',
    'lab.overfitting.bestMark': 'mín. teste',
    'lab.overfitting.running': 'Treinando…',
    'lab.overfitting.atStart':
      'Passo 0: perda de treino {train}, perda de teste {test}. Use Treinar ou Avançar.',
    'lab.overfitting.stoppedEarly':
      'Parou no passo {stop}: a perda de teste mínima ({best}) foi no passo {bestStep}; depois dela, passou {patience} passos sem melhorar (chegou a {last}). Os pesos do passo {bestStep} foram restaurados.',
    'lab.overfitting.rose':
      'A menor perda de teste ({best}) foi no passo {bestStep}, marcado no gráfico; desde então ela subiu {rise} (está em {test}), enquanto a de treino foi a {train}.',
    'lab.overfitting.atBest':
      'Passo {step}: a perda de teste ({test}) é a menor até agora; a de treino está em {train}.',
    'lab.overfitting.stepLimit': 'O treino chegou ao limite de {max} passos.',
    'lab.overfitting.diverged':
      'O treino parou depois do passo {step}: a perda deixou de ser um número finito.',
    'lab.overfitting.textAlternative': 'Descrição do gráfico e valores atuais',
    'lab.overfitting.description':
      'O gráfico mostra a perda média no treino (linha contínua) e no teste (linha tracejada) a cada {interval} passos, ambas medidas sem dropout e sem a penalidade; uma linha vertical pontilhada marca o passo da menor perda de teste.',
    'lab.overfitting.tableCaption': 'Valores atuais',
    'lab.overfitting.quantity': 'Grandeza',
    'lab.overfitting.value': 'Valor',
    'lab.overfitting.currentStep': 'Passo',
    'lab.overfitting.currentTrain': 'Perda de treino',
    'lab.overfitting.currentTest': 'Perda de teste',
    'lab.overfitting.bestStep': 'Passo da menor perda de teste',
    'lab.overfitting.bestTest': 'Menor perda de teste',
    'lab.overfitting.weightNorm': 'Norma dos pesos ‖w‖',
  },
  en: {
    'lab.overfitting.title': 'Overfitting in practice',
    'lab.overfitting.intro':
      'A {architecture} network (tanh hidden units, sigmoid output, binary cross-entropy, Adam with η = {rate}, full batch) trains on {train} noisy points from two overlapping Gaussian clouds; another {test} points are held out as the test (validation) set. Train without regularisation and watch the test loss turn back up while the training loss keeps falling; then try L2, dropout and early stopping.',
    'lab.overfitting.settings': 'Regularisation',
    'lab.overfitting.seed': 'Seed (data and initial weights)',
    'lab.overfitting.l2': 'L2 (λ)',
    'lab.overfitting.l2Hint':
      'Here the penalty is (λ/2)·Σw², on weights only (not biases): it adds λw to the gradient, so this λ is twice the λ of the formula above.',
    'lab.overfitting.dropout': 'Dropout (rate p)',
    'lab.overfitting.earlyStopping': 'Early stopping',
    'lab.overfitting.patience': 'Patience (steps)',
    'lab.overfitting.patienceHint':
      'A multiple of {interval}, from {interval} to {max}: the losses are measured every {interval} steps.',
    'lab.overfitting.play': 'Train',
    'lab.overfitting.pause': 'Pause',
    'lab.overfitting.step': 'Advance {count} steps',
    'lab.overfitting.reset': 'Reset',
    'lab.overfitting.logScale': 'Logarithmic vertical axis',
    'lab.overfitting.chartTitle': 'Training and test losses (mean binary cross-entropy)',
    'lab.overfitting.stepAxis': 'Step',
    'lab.overfitting.train': 'Training (solid line)',
    'lab.overfitting.test': 'Test (dashed line)',
    'lab.overfitting.bestMark': 'test min.',
    'lab.overfitting.running': 'Training…',
    'lab.overfitting.atStart':
      'Step 0: training loss {train}, test loss {test}. Use Train or Advance.',
    'lab.overfitting.stoppedEarly':
      'Stopped at step {stop}: the lowest test loss ({best}) was at step {bestStep}; after it, {patience} steps passed without improvement (it reached {last}). The weights of step {bestStep} were restored.',
    'lab.overfitting.rose':
      'The lowest test loss ({best}) was at step {bestStep}, marked on the chart; since then it rose by {rise} (it is at {test}), while the training loss went to {train}.',
    'lab.overfitting.atBest':
      'Step {step}: the test loss ({test}) is the lowest so far; the training loss is at {train}.',
    'lab.overfitting.stepLimit': 'Training reached the limit of {max} steps.',
    'lab.overfitting.diverged':
      'Training stopped after step {step}: the loss was no longer a finite number.',
    'lab.overfitting.textAlternative': 'Chart description and current values',
    'lab.overfitting.description':
      'The chart shows the mean training loss (solid line) and test loss (dashed line) every {interval} steps, both measured without dropout and without the penalty; a dotted vertical line marks the step of the lowest test loss.',
    'lab.overfitting.tableCaption': 'Current values',
    'lab.overfitting.quantity': 'Quantity',
    'lab.overfitting.value': 'Value',
    'lab.overfitting.currentStep': 'Step',
    'lab.overfitting.currentTrain': 'Training loss',
    'lab.overfitting.currentTest': 'Test loss',
    'lab.overfitting.bestStep': 'Step of the lowest test loss',
    'lab.overfitting.bestTest': 'Lowest test loss',
    'lab.overfitting.weightNorm': 'Weight norm ‖w‖',
  },
});

/** The keys of the overfitting section's own strings. */
export type OverfittingMessageKey = keyof (typeof overfittingMessages)['pt-BR'];
