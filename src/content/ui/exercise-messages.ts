import { defineMessages } from './define-messages';

/** Strings of the exercise "Backpropagation – Passo a Passo"; pt-BR labels as the course names them. */
export const exerciseMessages = defineMessages({
  'pt-BR': {
    'exercise.title': 'Backpropagation – Passo a Passo',
    'exercise.intro':
      'Uma rede 2–2–1 aprende com você no controle: avance fase por fase, veja os números em cada neurônio e confira as contas nas equações.',
    'exercise.notation':
      'Notação: z₁ e z₂ são as pré-ativações dos neurônios ocultos, a₁ e a₂ suas ativações; z_o é a pré-ativação da saída e ŷ = σ(z_o). (O curso chama tanto a segunda oculta quanto a saída de z₂; aqui cada uma tem seu nome.)',
    'exercise.controls': 'Controles',
    'exercise.learningRate': 'Taxa de aprendizado (η)',
    'exercise.wideLearningRate': 'Ampliar η até 50 (escala logarítmica)',
    'exercise.activation': 'Função de ativação',
    'exercise.activation.sigmoid': 'Sigmoid',
    'exercise.activation.tanh': 'Tanh',
    'exercise.activation.relu': 'ReLU',
    'exercise.activationHint': 'Na camada oculta; a saída usa sempre σ.',
    'exercise.loss': 'Função de perda',
    'exercise.loss.halfSquaredError': 'L = ½(y − ŷ)² (a do curso)',
    'exercise.loss.binaryCrossEntropy': 'Entropia cruzada binária (BCE)',
    'exercise.dataset': 'Dados de treino',
    'exercise.dataset.lesson': 'Exemplo da aula (um exemplo)',
    'exercise.dataset.and': 'AND (4 exemplos)',
    'exercise.dataset.or': 'OR (4 exemplos)',
    'exercise.dataset.xor': 'XOR (4 exemplos)',
    'exercise.datasetHint':
      'Com um só exemplo e y = 1, a perda só diminui quando z_o aumenta; com η pequeno cada passo aumenta z_o e a perda cai, mas um η grande pode passar do ponto mesmo assim (o passo é reto em θ e z_o não é: veja o cenário “Passo grande demais”). Com AND, OR ou XOR, exemplos de alvos diferentes puxam os pesos em direções opostas; a superfície de perda ganha vales, e um η grande pode ultrapassar o fundo e oscilar.',
    'exercise.next': 'Próximo passo',
    'exercise.previous': 'Passo anterior',
    'exercise.complete': 'Completar iteração',
    'exercise.auto': 'Treinar automático',
    'exercise.pause': 'Pausar',
    'exercise.reset': 'Reset',
    'exercise.showGradients': 'Mostrar gradientes',
    'exercise.zeroWeights': 'Zerar pesos',
    'exercise.newSeed': 'Nova semente',
    'exercise.seed': 'Semente: {seed}',
    'exercise.copyLink': 'Copiar link',
    'exercise.linkCopied':
      'Link copiado: ele abre o exercício com estes η, ativação, perda, dados e semente.',
    'exercise.linkManual': 'Não foi possível copiar automaticamente: copie o link abaixo.',
    'exercise.linkField': 'Link deste exercício',
    'exercise.example': 'O exemplo',
    'exercise.inputX1': 'x₁',
    'exercise.inputX2': 'x₂',
    'exercise.target': 'y (alvo)',
    'exercise.invalidNumber': 'Digite um número finito.',
    'exercise.invalidTarget': 'O alvo precisa estar entre 0 e 1 (a saída é σ).',
    'exercise.speed': 'Velocidade',
    'exercise.speed.phases': 'Câmera lenta: uma fase a cada {seconds} s',
    'exercise.speed.iterations': '{count} iterações por segundo',
    'exercise.speed.maximum': 'O mais rápido possível',
    'exercise.targetLoss': 'Parar quando a perda ≤',
    'exercise.iterationLimit': 'Limite de iterações',
    'exercise.parameters': 'Pesos e vieses',
    'exercise.parameterValue': 'Valor de {name}',

    'exercise.phase': 'Fase atual',
    'exercise.phase.ready': 'Pronto: a iteração {iteration} começa no próximo passo.',
    'exercise.phase.forwardHidden':
      'Passo direto, camada oculta: zᵢ = wᵢ₁x₁ + wᵢ₂x₂ + bᵢ e aᵢ = g(zᵢ).',
    'exercise.phase.forwardOutput': 'Passo direto, saída: z_o = v₁a₁ + v₂a₂ + c e ŷ = σ(z_o).',
    'exercise.phase.loss': 'Perda: o erro da saída em relação ao alvo.',
    'exercise.phase.backwardOutput':
      'Retropropagação, saída: ∂L/∂z_o, e dela ∂L/∂v₁, ∂L/∂v₂ e ∂L/∂c.',
    'exercise.phase.backwardHidden':
      'Retropropagação, camada oculta: ∂L/∂aᵢ (com os v de antes da atualização), ∂L/∂zᵢ, ∂L/∂wᵢⱼ e ∂L/∂bᵢ.',
    'exercise.phase.update':
      'Atualização: cada parâmetro anda contra o gradiente, θ ← θ − η·∂L/∂θ.',
    'exercise.phase.layer': 'camada {layer}',
    'exercise.phaseProgress': 'Iteração {iteration}, fase {phase} de {total}',

    'exercise.readouts': 'Leituras',
    'exercise.epoch': 'Época',
    'exercise.iteration': 'Iteração',
    'exercise.error.halfSquaredError': 'Erro (MSE)',
    'exercise.error.binaryCrossEntropy': 'Erro (BCE)',
    'exercise.errorFormula.halfSquaredError': 'L = ½(y − ŷ)²: metade do erro quadrático',
    'exercise.errorFormula.binaryCrossEntropy': 'L = −[y·ln ŷ + (1 − y)·ln(1 − ŷ)]',
    'exercise.prediction': 'Saída prevista',
    'exercise.targetReadout': 'Alvo (y)',
    'exercise.absoluteError': 'Erro absoluto |ŷ − y|',
    'exercise.gradients': 'Gradientes',
    'exercise.notYet': 'ainda não calculado',
    'exercise.datasetLoss': 'Perda média nos {count} exemplos',

    'exercise.chart.halfSquaredError': 'Curva de perda (MSE)',
    'exercise.chart.binaryCrossEntropy': 'Curva de perda (BCE)',
    'exercise.chart.logScale': 'Escala logarítmica',
    'exercise.chart.iteration': 'Iteração',
    'exercise.chart.loss': 'Perda',
    'exercise.chart.empty': 'A curva aparece quando a primeira perda for calculada.',
    'exercise.chart.summary':
      'Perda média nos exemplos ao longo de {count} iterações: de {first} para {last}.',

    'exercise.equations': 'Equações ao vivo',
    'exercise.equationsFor': 'Parâmetro escolhido',
    'exercise.equationsHint':
      'Escolha um peso aqui ou clicando nele no diagrama; os números são os desta iteração.',
    'exercise.equationsWaiting': 'Os valores aparecem quando a fase correspondente for calculada.',
    'exercise.beforeUpdate': 'v de antes da atualização',

    'exercise.notice.activationChanged':
      'A função de ativação mudou: a iteração atual recomeçou do passo direto, com os mesmos pesos.',
    'exercise.notice.lossChanged':
      'A função de perda mudou: a iteração atual recomeçou do passo direto, com os mesmos pesos.',
    'exercise.notice.learningRateUpdate':
      'η mudou durante a atualização: a atualização mostrada foi recalculada com o novo η.',
    'exercise.notice.datasetChanged':
      'Dados trocados: o treino recomeça da iteração 0, com os pesos atuais.',
    'exercise.notice.exampleChanged':
      'Exemplo alterado: o treino recomeça da iteração 0, com os pesos atuais.',
    'exercise.notice.zeroWeights':
      'Todos os pesos e vieses valem 0. Repare: os dois neurônios ocultos recebem sempre os mesmos gradientes e continuam idênticos — a simetria nunca se quebra.',
    'exercise.notice.parameterEdited':
      'Parâmetro alterado: a iteração atual recomeçou com o novo valor.',
    'exercise.notice.overflowInput':
      'Com esse valor os cálculos estouram o limite do ponto flutuante; ele não foi aplicado.',
    'exercise.divergence':
      'O treino divergiu: o próximo passo levaria a números grandes demais para o computador (estouro). O último estado finito continua na tela. Tente um η menor, outra função de ativação ou pesos menores, e depois Reset.',
    'exercise.stopped.target': 'Treino parado: a perda chegou a {target} ou menos.',
    'exercise.stopped.limit': 'Treino parado: limite de {limit} iterações atingido.',
    'exercise.autoStatus': 'Treinando: iteração {iteration}, perda {loss}.',

    'exercise.shortcuts': 'Atalhos do teclado',
    'exercise.shortcuts.next': 'Espaço ou →: próximo passo',
    'exercise.shortcuts.previous': '←: passo anterior',
    'exercise.shortcuts.complete': 'Enter: completar iteração',
    'exercise.shortcuts.auto': 'A: treinar automático ou pausar',
    'exercise.shortcuts.reset': 'R: reset',
    'exercise.shortcuts.gradients': 'G: mostrar ou ocultar gradientes',
    'exercise.shortcuts.note':
      'Os atalhos valem com o foco dentro do exercício e nunca enquanto você digita.',
    'exercise.equationsPrecision':
      'Resultados com {figures} algarismos significativos, como no diagrama; um operando ganha algarismos só onde a conta feita à mão precisa deles para dar o mesmo resultado.',
  },
  en: {
    'exercise.title': 'Backpropagation – Step by Step',
    'exercise.intro':
      'A 2–2–1 network learns with you in control: advance phase by phase, see the numbers on every neuron and check the arithmetic in the equations.',
    'exercise.notation':
      'Notation: z₁ and z₂ are the hidden neurons’ pre-activations, a₁ and a₂ their activations; z_o is the output’s pre-activation and ŷ = σ(z_o). (The course calls both the second hidden unit and the output z₂; here each has its own name.)',
    'exercise.controls': 'Controls',
    'exercise.learningRate': 'Learning rate (η)',
    'exercise.wideLearningRate': 'Widen η up to 50 (log scale)',
    'exercise.activation': 'Activation function',
    'exercise.activation.sigmoid': 'Sigmoid',
    'exercise.activation.tanh': 'Tanh',
    'exercise.activation.relu': 'ReLU',
    'exercise.activationHint': 'In the hidden layer; the output always uses σ.',
    'exercise.loss': 'Loss function',
    'exercise.loss.halfSquaredError': 'L = ½(y − ŷ)² (the course’s)',
    'exercise.loss.binaryCrossEntropy': 'Binary cross-entropy (BCE)',
    'exercise.dataset': 'Training data',
    'exercise.dataset.lesson': 'The lesson’s example (one example)',
    'exercise.dataset.and': 'AND (4 examples)',
    'exercise.dataset.or': 'OR (4 examples)',
    'exercise.dataset.xor': 'XOR (4 examples)',
    'exercise.datasetHint':
      'With a single example and y = 1, the loss only falls as z_o grows; with a small η each step raises z_o and the loss falls, but a large η can still overshoot (the step is straight in θ and z_o is not: see the scenario “A step too large”). With AND, OR or XOR, examples with different targets pull the weights in opposite directions; the loss surface gets valleys, and a large η can overshoot their floor and oscillate.',
    'exercise.next': 'Next step',
    'exercise.previous': 'Previous step',
    'exercise.complete': 'Complete iteration',
    'exercise.auto': 'Train automatically',
    'exercise.pause': 'Pause',
    'exercise.reset': 'Reset',
    'exercise.showGradients': 'Show gradients',
    'exercise.zeroWeights': 'Zero weights',
    'exercise.newSeed': 'New seed',
    'exercise.seed': 'Seed: {seed}',
    'exercise.copyLink': 'Copy link',
    'exercise.linkCopied':
      'Link copied: it opens the exercise with this η, activation, loss, data and seed.',
    'exercise.linkManual': 'The link could not be copied automatically: copy it below.',
    'exercise.linkField': 'Link to this exercise',
    'exercise.example': 'The example',
    'exercise.inputX1': 'x₁',
    'exercise.inputX2': 'x₂',
    'exercise.target': 'y (target)',
    'exercise.invalidNumber': 'Type a finite number.',
    'exercise.invalidTarget': 'The target must lie between 0 and 1 (the output is σ).',
    'exercise.speed': 'Speed',
    'exercise.speed.phases': 'Slow motion: one phase every {seconds} s',
    'exercise.speed.iterations': '{count} iterations per second',
    'exercise.speed.maximum': 'As fast as possible',
    'exercise.targetLoss': 'Stop when the loss ≤',
    'exercise.iterationLimit': 'Iteration limit',
    'exercise.parameters': 'Weights and biases',
    'exercise.parameterValue': 'Value of {name}',

    'exercise.phase': 'Current phase',
    'exercise.phase.ready': 'Ready: iteration {iteration} starts at the next step.',
    'exercise.phase.forwardHidden':
      'Forward pass, hidden layer: zᵢ = wᵢ₁x₁ + wᵢ₂x₂ + bᵢ and aᵢ = g(zᵢ).',
    'exercise.phase.forwardOutput': 'Forward pass, output: z_o = v₁a₁ + v₂a₂ + c and ŷ = σ(z_o).',
    'exercise.phase.loss': 'Loss: how far the output is from the target.',
    'exercise.phase.backwardOutput':
      'Backward pass, output: ∂L/∂z_o, and from it ∂L/∂v₁, ∂L/∂v₂ and ∂L/∂c.',
    'exercise.phase.backwardHidden':
      'Backward pass, hidden layer: ∂L/∂aᵢ (with the v from before the update), ∂L/∂zᵢ, ∂L/∂wᵢⱼ and ∂L/∂bᵢ.',
    'exercise.phase.update': 'Update: every parameter moves against its gradient, θ ← θ − η·∂L/∂θ.',
    'exercise.phase.layer': 'layer {layer}',
    'exercise.phaseProgress': 'Iteration {iteration}, phase {phase} of {total}',

    'exercise.readouts': 'Read-outs',
    'exercise.epoch': 'Epoch',
    'exercise.iteration': 'Iteration',
    'exercise.error.halfSquaredError': 'Error (MSE)',
    'exercise.error.binaryCrossEntropy': 'Error (BCE)',
    'exercise.errorFormula.halfSquaredError': 'L = ½(y − ŷ)²: half the squared error',
    'exercise.errorFormula.binaryCrossEntropy': 'L = −[y·ln ŷ + (1 − y)·ln(1 − ŷ)]',
    'exercise.prediction': 'Predicted output',
    'exercise.targetReadout': 'Target (y)',
    'exercise.absoluteError': 'Absolute error |ŷ − y|',
    'exercise.gradients': 'Gradients',
    'exercise.notYet': 'not computed yet',
    'exercise.datasetLoss': 'Mean loss over the {count} examples',

    'exercise.chart.halfSquaredError': 'Loss curve (MSE)',
    'exercise.chart.binaryCrossEntropy': 'Loss curve (BCE)',
    'exercise.chart.logScale': 'Log scale',
    'exercise.chart.iteration': 'Iteration',
    'exercise.chart.loss': 'Loss',
    'exercise.chart.empty': 'The curve appears once the first loss is computed.',
    'exercise.chart.summary':
      'Mean loss over the examples across {count} iterations: from {first} to {last}.',

    'exercise.equations': 'Live equations',
    'exercise.equationsFor': 'Chosen parameter',
    'exercise.equationsHint':
      'Pick a weight here or by clicking it on the diagram; the numbers are this iteration’s.',
    'exercise.equationsWaiting': 'Values appear once their phase has been computed.',
    'exercise.beforeUpdate': 'v from before the update',

    'exercise.notice.activationChanged':
      'The activation function changed: the current iteration restarted from the forward pass, with the same weights.',
    'exercise.notice.lossChanged':
      'The loss function changed: the current iteration restarted from the forward pass, with the same weights.',
    'exercise.notice.learningRateUpdate':
      'η changed during the update: the update shown was recomputed with the new η.',
    'exercise.notice.datasetChanged':
      'Data changed: training starts again from iteration 0, with the current weights.',
    'exercise.notice.exampleChanged':
      'Example changed: training starts again from iteration 0, with the current weights.',
    'exercise.notice.zeroWeights':
      'Every weight and bias is 0. Watch: the two hidden neurons always receive the same gradients and stay identical — the symmetry is never broken.',
    'exercise.notice.parameterEdited':
      'Parameter changed: the current iteration restarted with the new value.',
    'exercise.notice.overflowInput':
      'With that value the computation overflows floating point; it was not applied.',
    'exercise.divergence':
      'Training diverged: the next step would produce numbers too large for the computer (overflow). The last finite state stays on screen. Try a smaller η, another activation function or smaller weights, then Reset.',
    'exercise.stopped.target': 'Training stopped: the loss reached {target} or less.',
    'exercise.stopped.limit': 'Training stopped: the limit of {limit} iterations was reached.',
    'exercise.autoStatus': 'Training: iteration {iteration}, loss {loss}.',

    'exercise.shortcuts': 'Keyboard shortcuts',
    'exercise.shortcuts.next': 'Space or →: next step',
    'exercise.shortcuts.previous': '←: previous step',
    'exercise.shortcuts.complete': 'Enter: complete the iteration',
    'exercise.shortcuts.auto': 'A: train automatically or pause',
    'exercise.shortcuts.reset': 'R: reset',
    'exercise.shortcuts.gradients': 'G: show or hide gradients',
    'exercise.shortcuts.note':
      'Shortcuts work while focus is inside the exercise, never while you type.',
    'exercise.equationsPrecision':
      'Results to {figures} significant figures, as in the diagram; an operand gets more figures only where a hand calculation needs them to give the same result.',
  },
});
