import { defineMessages } from '../../content/ui/define-messages';
import { title } from './title';

/** The strings of the lab section "Corrida de otimizadores". */
export const optimizerRaceMessages = defineMessages({
  'pt-BR': {
    'lab.optimizerRace.title': title['pt-BR'],
    'lab.optimizerRace.intro':
      'SGD, momentum, RMSProp e Adam partem dos mesmos pesos e calculam o gradiente do mesmo jeito, cada um no ponto onde está; só a regra de atualização muda.',
    'lab.optimizerRace.more':
      'Em cima, a perda de uma rede {architecture} (tanh) aprendendo XOR; embaixo, os caminhos dos quatro numa superfície de dois parâmetros, a partir de um ponto que você escolhe. Não há sorteio de exemplos: a rede usa os quatro exemplos do XOR a cada passo (lote completo) e a superfície tem gradiente exato, então o “SGD” daqui é a descida do gradiente simples, θ ← θ − η·∇J.',
    'lab.optimizerRace.name.sgd': 'SGD',
    'lab.optimizerRace.name.momentum': 'Momentum',
    'lab.optimizerRace.name.rmsprop': 'RMSProp',
    'lab.optimizerRace.name.adam': 'Adam',
    'lab.optimizerRace.networkRates': 'η na rede (XOR)',
    'lab.optimizerRace.surfaceRates': 'η na superfície',
    'lab.optimizerRace.ratesNote':
      'Cada problema tem seus η: a escala do gradiente muda de um para o outro, e o passo bom do SGD muda com ela (o do RMSProp e o do Adam, bem menos).',
    'lab.optimizerRace.invalidRate':
      'Use um número maior que zero; o valor anterior continua valendo.',
    'lab.optimizerRace.progress': 'Passo {step} de {steps}',
    'lab.optimizerRace.legend': 'Legenda: traço e marcador de cada otimizador',
    'lab.optimizerRace.chartTitle': 'Perda da rede no XOR (entropia cruzada binária, eixo log)',
    'lab.optimizerRace.chartStep': 'Passo t',
    'lab.optimizerRace.chartLoss': 'Perda J',
    'lab.optimizerRace.surfaceTitle':
      'Caminhos na superfície J(w₁, w₂) = (1 − w₁)² + {wall}·(w₂ − w₁²)², mínimo em ({m1}, {m2})',
    'lab.optimizerRace.surfaceImage':
      'Curvas de nível de um vale curvo e estreito com o mínimo em ({m1}, {m2}), o marcador da partida e os caminhos dos quatro otimizadores até o passo atual.',
    'lab.optimizerRace.hint':
      'Clique no mapa para escolher a partida, ou foque o marcador ◆ e use as setas (Shift + seta anda mais); Enter ou Espaço corre.',
    'lab.optimizerRace.startMarker': 'Ponto de partida em w₁ = {w1}, w₂ = {w2}',
    'lab.optimizerRace.startRole': 'marcador móvel',
    'lab.optimizerRace.startSentence':
      'Partida: w₁ = {w1}, w₂ = {w2}, perda J = {loss}, distância ao mínimo {distance}.',
    'lab.optimizerRace.runFromStart': 'Correr desta partida',
    'lab.optimizerRace.minimum': 'mínimo',
    'lab.optimizerRace.axisW1': 'w₁',
    'lab.optimizerRace.axisW2': 'w₂',
    'lab.optimizerRace.textAlternative': 'Descrição em texto e tabelas',
    'lab.optimizerRace.description':
      'Todos começam na mesma partida; as tabelas dão os valores no passo mostrado.',
    'lab.optimizerRace.networkTable': 'Rede {architecture} no XOR, passo {step}',
    'lab.optimizerRace.surfaceTable': 'Caminhos na superfície, passo {step}',
    'lab.optimizerRace.column.optimizer': 'Otimizador',
    'lab.optimizerRace.column.rate': 'η',
    'lab.optimizerRace.column.loss': 'Perda',
    'lab.optimizerRace.column.steps': 'Passos',
    'lab.optimizerRace.column.finalLoss': 'Perda final',
    'lab.optimizerRace.column.distance': 'Distância ao mínimo',
    'lab.optimizerRace.column.position': 'Posição (w₁, w₂)',
    'lab.optimizerRace.stopped':
      'Parado no passo {step}. Menor perda na rede: {network} ({loss}). Mais perto do mínimo na superfície: {surface} (distância {distance}).',
    'lab.optimizerRace.point': '({w1}; {w2})',
    'lab.optimizerRace.diverged':
      '{name} divergiu no passo {step} (|w| passou de 10⁶ ou a perda deixou de ser finita) e o caminho para ali: η grande demais para esta partida.',
  },
  en: {
    'lab.optimizerRace.title': title.en,
    'lab.optimizerRace.intro':
      'SGD, momentum, RMSProp and Adam start from the same weights and compute the gradient the same way, each at the point where it is; only the update rule differs.',
    'lab.optimizerRace.more':
      'Above, the loss of a {architecture} (tanh) network learning XOR; below, the four paths over a two-parameter surface, from a start you pick. Nothing is sampled: the network uses all four XOR examples at every step (full batch) and the surface has an exact gradient, so “SGD” here is plain gradient descent, θ ← θ − η·∇J.',
    'lab.optimizerRace.name.sgd': 'SGD',
    'lab.optimizerRace.name.momentum': 'Momentum',
    'lab.optimizerRace.name.rmsprop': 'RMSProp',
    'lab.optimizerRace.name.adam': 'Adam',
    'lab.optimizerRace.networkRates': 'η on the network (XOR)',
    'lab.optimizerRace.surfaceRates': 'η on the surface',
    'lab.optimizerRace.ratesNote':
      'Each problem has its own η: the gradient’s scale differs between them, and the right SGD step changes with it (RMSProp’s and Adam’s much less).',
    'lab.optimizerRace.invalidRate':
      'Use a number greater than zero; the previous value still holds.',
    'lab.optimizerRace.progress': 'Step {step} of {steps}',
    'lab.optimizerRace.legend': 'Legend: each optimizer’s dash and marker',
    'lab.optimizerRace.chartTitle': 'Network loss on XOR (binary cross-entropy, log axis)',
    'lab.optimizerRace.chartStep': 'Step t',
    'lab.optimizerRace.chartLoss': 'Loss J',
    'lab.optimizerRace.surfaceTitle':
      'Paths over the surface J(w₁, w₂) = (1 − w₁)² + {wall}·(w₂ − w₁²)², minimum at ({m1}, {m2})',
    'lab.optimizerRace.surfaceImage':
      'Contour lines of a narrow curved valley with its minimum at ({m1}, {m2}), the start marker and the four optimizers’ paths up to the current step.',
    'lab.optimizerRace.hint':
      'Click the map to pick the start, or focus the ◆ marker and use the arrow keys (Shift + arrow moves further); Enter or Space runs.',
    'lab.optimizerRace.startMarker': 'Start point at w₁ = {w1}, w₂ = {w2}',
    'lab.optimizerRace.startRole': 'movable marker',
    'lab.optimizerRace.startSentence':
      'Start: w₁ = {w1}, w₂ = {w2}, loss J = {loss}, distance to the minimum {distance}.',
    'lab.optimizerRace.runFromStart': 'Run from this start',
    'lab.optimizerRace.minimum': 'minimum',
    'lab.optimizerRace.axisW1': 'w₁',
    'lab.optimizerRace.axisW2': 'w₂',
    'lab.optimizerRace.textAlternative': 'Text description and tables',
    'lab.optimizerRace.description':
      'All of them begin at the same start; the tables give the values at the step shown.',
    'lab.optimizerRace.networkTable': '{architecture} network on XOR, step {step}',
    'lab.optimizerRace.surfaceTable': 'Paths over the surface, step {step}',
    'lab.optimizerRace.column.optimizer': 'Optimizer',
    'lab.optimizerRace.column.rate': 'η',
    'lab.optimizerRace.column.loss': 'Loss',
    'lab.optimizerRace.column.steps': 'Steps',
    'lab.optimizerRace.column.finalLoss': 'Final loss',
    'lab.optimizerRace.column.distance': 'Distance to the minimum',
    'lab.optimizerRace.column.position': 'Position (w₁, w₂)',
    'lab.optimizerRace.stopped':
      'Stopped at step {step}. Lowest network loss: {network} ({loss}). Closest to the surface’s minimum: {surface} (distance {distance}).',
    'lab.optimizerRace.point': '({w1}, {w2})',
    'lab.optimizerRace.diverged':
      '{name} diverged at step {step} (|w| went past 10⁶ or the loss stopped being finite) and its path ends there: η is too large for this start.',
  },
});
