import { defineMessages } from '../../content/ui/define-messages';
import { title } from './title';

/** Strings of the overfitting section (train, validation, test; L2, dropout, early stopping). */
export const overfittingMessages = defineMessages({
  'pt-BR': {
    'lab.overfitting.title': title['pt-BR'],
    'lab.overfitting.intro':
      'Uma rede {architecture} (tanh nas ocultas, saída sigmoide, entropia cruzada binária, Adam com η = {rate}, lote completo) treina em {train} pontos ruidosos de duas nuvens gaussianas que se sobrepõem.',
    'lab.overfitting.more':
      'Outros {validation} pontos formam o conjunto de validação: é nele que se escolhe o melhor passo e que a parada antecipada observa. Mais {test} pontos formam o conjunto de teste, que não entra em nenhuma decisão e só é medido uma vez, quando o treino termina. Treine sem regularização e veja a perda de validação voltar a subir enquanto a de treino continua caindo; depois experimente L2, dropout e a parada antecipada.',
    'lab.overfitting.settings': 'Regularização',
    'lab.overfitting.seed': 'Semente (dados e pesos iniciais)',
    'lab.overfitting.l2': 'L2 (λ)',
    'lab.overfitting.l2Hint':
      'Aqui a penalidade L2 é (λ/2)·Σw², só nos pesos: os vieses ficam de fora, como de costume. Ela soma λw ao gradiente, então este λ vale o dobro do λ de J + λ·Σθ² na lição. Com SGD, somar λw ao gradiente é o mesmo que weight decay (w ← (1 − ηλ)·w − η·∇J); com o Adam, que treina esta rede, não é: o termo λw passa pela divisão por √v̂ junto com o resto do gradiente (o AdamW aplica o decaimento à parte, desacoplado).',
    'lab.overfitting.dropout': 'Dropout (taxa p)',
    'lab.overfitting.earlyStopping': 'Parada antecipada',
    'lab.overfitting.patience': 'Paciência (passos)',
    'lab.overfitting.patienceHint':
      'Passos sem nova menor perda de validação até parar. Múltiplo de {interval}, de {interval} a {max}: as perdas são medidas a cada {interval} passos.',
    'lab.overfitting.step': 'Avançar {count} passos',
    'lab.overfitting.logScale': 'Eixo vertical logarítmico',
    'lab.overfitting.chartTitle':
      'Perdas de treino e de validação (entropia cruzada binária média)',
    'lab.overfitting.stepAxis': 'Passo',
    'lab.overfitting.train': 'Treino (linha contínua)',
    'lab.overfitting.validation': 'Validação (linha tracejada)',
    'lab.overfitting.bestMark': 'mín. validação',
    'lab.overfitting.running': 'Treinando…',
    'lab.overfitting.atStart':
      'Passo 0: perda de treino {train}, perda de validação {validation}. A de teste só é medida quando o treino termina. Use Treinar ou Avançar.',
    'lab.overfitting.stoppedEarly':
      'Parou no passo {stop}: a menor perda de validação ({best}) foi no passo {bestStep}; depois dela, passaram {patience} passos sem melhora (chegou a {last}). Ao parar, no passo {stop}, os pesos do passo {bestStep} foram restaurados: a tabela mostra as perdas desse passo.',
    'lab.overfitting.rose':
      'A menor perda de validação ({best}) foi no passo {bestStep}, marcado no gráfico; desde então ela subiu {rise} (está em {validation}), enquanto a de treino foi a {train}.',
    'lab.overfitting.atBest':
      'Passo {step}: a perda de validação ({validation}) é a menor até agora; a de treino está em {train}.',
    'lab.overfitting.stepLimit':
      'O treino chegou ao limite de {max} passos e ficou com os pesos desse passo.',
    'lab.overfitting.diverged':
      'O treino parou depois do passo {step}: a perda deixou de ser um número finito.',
    'lab.overfitting.testResult':
      'Perda de teste dos pesos do passo {step}, medida uma única vez, agora que o treino terminou: {test}. Nenhuma decisão do treino usou o conjunto de teste.',
    'lab.overfitting.textAlternative': 'Descrição do gráfico e valores atuais',
    'lab.overfitting.description':
      'O gráfico mostra a perda média no treino (linha contínua) e na validação (linha tracejada) a cada {interval} passos, ambas medidas sem dropout e sem a penalidade; uma linha vertical pontilhada marca o passo da menor perda de validação. O conjunto de teste não aparece no gráfico: é medido uma vez, quando o treino termina.',
    'lab.overfitting.tableCaption': 'Valores atuais',
    'lab.overfitting.quantity': 'Grandeza',
    'lab.overfitting.value': 'Valor',
    'lab.overfitting.stepsDone': 'Passos de treino feitos',
    'lab.overfitting.currentStep': 'Passo dos pesos atuais',
    'lab.overfitting.currentTrain': 'Perda de treino',
    'lab.overfitting.currentValidation': 'Perda de validação',
    'lab.overfitting.currentTest': 'Perda de teste',
    'lab.overfitting.testPending': 'medida quando o treino terminar',
    'lab.overfitting.bestStep': 'Passo da menor perda de validação',
    'lab.overfitting.bestValidation': 'Menor perda de validação',
    'lab.overfitting.weightNorm': 'Norma dos pesos ‖w‖',
  },
  en: {
    'lab.overfitting.title': title.en,
    'lab.overfitting.intro':
      'A {architecture} network (tanh hidden units, sigmoid output, binary cross-entropy, Adam with η = {rate}, full batch) trains on {train} noisy points from two overlapping Gaussian clouds.',
    'lab.overfitting.more':
      'Another {validation} points form the validation set: the best step is chosen on it, and early stopping watches it. A further {test} points form the test set, which takes part in no decision and is measured only once, when training ends. Train without regularisation and watch the validation loss turn back up while the training loss keeps falling; then try L2, dropout and early stopping.',
    'lab.overfitting.settings': 'Regularisation',
    'lab.overfitting.seed': 'Seed (data and initial weights)',
    'lab.overfitting.l2': 'L2 (λ)',
    'lab.overfitting.l2Hint':
      'Here the L2 penalty is (λ/2)·Σw², on the weights only: the biases are left out, as is usual. It adds λw to the gradient, so this λ is twice the λ of J + λ·Σθ² in the lesson. With SGD, adding λw to the gradient is the same as weight decay (w ← (1 − ηλ)·w − η·∇J); with Adam, which trains this network, it is not: the λw term is divided by √v̂ along with the rest of the gradient (AdamW applies the decay separately, decoupled).',
    'lab.overfitting.dropout': 'Dropout (rate p)',
    'lab.overfitting.earlyStopping': 'Early stopping',
    'lab.overfitting.patience': 'Patience (steps)',
    'lab.overfitting.patienceHint':
      'Steps without a new lowest validation loss before stopping. A multiple of {interval}, from {interval} to {max}: the losses are measured every {interval} steps.',
    'lab.overfitting.step': 'Advance {count} steps',
    'lab.overfitting.logScale': 'Logarithmic vertical axis',
    'lab.overfitting.chartTitle': 'Training and validation losses (mean binary cross-entropy)',
    'lab.overfitting.stepAxis': 'Step',
    'lab.overfitting.train': 'Training (solid line)',
    'lab.overfitting.validation': 'Validation (dashed line)',
    'lab.overfitting.bestMark': 'validation min.',
    'lab.overfitting.running': 'Training…',
    'lab.overfitting.atStart':
      'Step 0: training loss {train}, validation loss {validation}. The test loss is measured only when training ends. Use Train or Advance.',
    'lab.overfitting.stoppedEarly':
      'Stopped at step {stop}: the lowest validation loss ({best}) was at step {bestStep}; after it, {patience} steps passed without improvement (it reached {last}). On stopping, at step {stop}, the weights of step {bestStep} were restored: the table shows that step’s losses.',
    'lab.overfitting.rose':
      'The lowest validation loss ({best}) was at step {bestStep}, marked on the chart; since then it rose by {rise} (it is at {validation}), while the training loss went to {train}.',
    'lab.overfitting.atBest':
      'Step {step}: the validation loss ({validation}) is the lowest so far; the training loss is at {train}.',
    'lab.overfitting.stepLimit':
      'Training reached the limit of {max} steps and kept that step’s weights.',
    'lab.overfitting.diverged':
      'Training stopped after step {step}: the loss was no longer a finite number.',
    'lab.overfitting.testResult':
      'Test loss of the weights of step {step}, measured once, now that training is over: {test}. No training decision used the test set.',
    'lab.overfitting.textAlternative': 'Chart description and current values',
    'lab.overfitting.description':
      'The chart shows the mean training loss (solid line) and validation loss (dashed line) every {interval} steps, both measured without dropout and without the penalty; a dotted vertical line marks the step of the lowest validation loss. The test set is not on the chart: it is measured once, when training ends.',
    'lab.overfitting.tableCaption': 'Current values',
    'lab.overfitting.quantity': 'Quantity',
    'lab.overfitting.value': 'Value',
    'lab.overfitting.stepsDone': 'Training steps done',
    'lab.overfitting.currentStep': 'Step of the current weights',
    'lab.overfitting.currentTrain': 'Training loss',
    'lab.overfitting.currentValidation': 'Validation loss',
    'lab.overfitting.currentTest': 'Test loss',
    'lab.overfitting.testPending': 'measured when training ends',
    'lab.overfitting.bestStep': 'Step of the lowest validation loss',
    'lab.overfitting.bestValidation': 'Lowest validation loss',
    'lab.overfitting.weightNorm': 'Weight norm ‖w‖',
  },
});

/** The keys of the overfitting section's own strings. */
export type OverfittingMessageKey = keyof (typeof overfittingMessages)['pt-BR'];
