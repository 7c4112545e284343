import { defineMessages } from '../../content/ui/define-messages';
import { title } from './title';

/** Strings of the lab section "Vanishing and exploding gradients". */
export const vanishingGradientsMessages = defineMessages({
  'pt-BR': {
    'lab.vanishingGradients.title': title['pt-BR'],
    'lab.vanishingGradients.intro':
      'Uma rede profunda e estreita aprende o conjunto “círculo” por descida do gradiente em lote completo (os {count} pontos a cada etapa, η = {rate}).',
    'lab.vanishingGradients.more':
      'Cada curva é a norma ‖∂J/∂W‖ do gradiente dos pesos de uma camada, em escala logarítmica: um gráfico com sigmoides nas camadas ocultas, o outro com ReLU, partindo dos mesmos números sorteados. Troque a inicialização e a profundidade, ligue o recorte e veja o que muda em cada camada.',
    'lab.vanishingGradients.controls': 'Configuração do experimento',
    'lab.vanishingGradients.scheme': 'Inicialização',
    'lab.vanishingGradients.scheme.uniform': 'Uniforme em [−a, a]',
    'lab.vanishingGradients.scheme.xavier': 'Xavier (Glorot)',
    'lab.vanishingGradients.scheme.he': 'He',
    'lab.vanishingGradients.range': 'Amplitude a (uniforme)',
    'lab.vanishingGradients.depth': 'Camadas ocultas',
    'lab.vanishingGradients.clip': 'Recortar o gradiente',
    'lab.vanishingGradients.clipNorm': 'Norma máxima c',
    'lab.vanishingGradients.step': 'Etapa lida: {step}',
    'lab.vanishingGradients.presets': 'Exemplos prontos',
    'lab.vanishingGradients.preset.vanishing': 'Desaparecer (Xavier)',
    'lab.vanishingGradients.preset.exploding': 'Explodir (uniforme ±3)',
    'lab.vanishingGradients.sigmoid': 'Sigmoide',
    'lab.vanishingGradients.relu': 'ReLU',
    'lab.vanishingGradients.plotTitle': '{activation}: ‖∂J/∂W‖ por camada',
    'lab.vanishingGradients.axisStep': 'Etapa',
    'lab.vanishingGradients.layer': 'Camada {index}',
    'lab.vanishingGradients.output': 'Saída',
    'lab.vanishingGradients.sentence':
      'Na etapa {step}: com sigmoide, {sigmoid}; com ReLU, {relu}.',
    'lab.vanishingGradients.verdict.smaller':
      'o gradiente da 1ª camada é {ratio} do da camada de saída',
    'lab.vanishingGradients.verdict.larger':
      'o gradiente da 1ª camada é {ratio} o da camada de saída',
    'lab.vanishingGradients.verdict.similar':
      'o gradiente da 1ª camada é parecido com o da camada de saída',
    'lab.vanishingGradients.verdict.exploding':
      'o gradiente explode: a norma de uma camada chega a {largest} (acima de {limit})',
    'lab.vanishingGradients.verdict.diverged': 'o treino divergiu na etapa {step}',
    'lab.vanishingGradients.verdict.noGradient':
      'a 1ª camada não recebe gradiente nenhum: em todos os exemplos, alguma camada tem todas as ReLUs inativas (z ≤ 0), e o sinal para ali',
    'lab.vanishingGradients.verdict.undefined': 'não há gradiente para comparar',
    'lab.vanishingGradients.note':
      'As curvas mostram o gradiente aplicado (depois do recorte, se ligado); uma norma 0 não aparece na escala logarítmica. A camada 1 é a mais próxima da entrada. O recorte pela norma global multiplica todas as camadas pelo mesmo fator: limita o tamanho do passo, mas não muda a razão entre a 1ª camada e a saída naquela etapa.',
    'lab.vanishingGradients.xavierNote':
      'Xavier (Glorot) equilibra a variância dos sinais entre as camadas no início, mas não remove o fator σ′(z) ≤ ¼ que cada camada sigmoide multiplica na volta: no exemplo “Desaparecer (Xavier)” o gradiente da 1ª camada continua muito menor que o da saída. ReLU não tem esse fator: ReLU′ = 1 nas unidades ativas.',
    'lab.vanishingGradients.explodingNote':
      'Gradiente explosivo não é o mesmo que η grande demais. No exemplo “Explodir (uniforme ±3)” ele vem dos pesos iniciais grandes, que ampliam o sinal a cada camada: com ReLU, uma norma passa de {limit} já na etapa 1, antes de qualquer atualização. Um η grande demais faz o treino divergir mesmo com gradientes de tamanho normal; os dois se somam quando um passo η·g com g enorme joga os pesos longe.',
    'lab.vanishingGradients.diverged': '{activation}: o treino divergiu na etapa {step}.',
    'lab.vanishingGradients.description':
      'Dois gráficos de linhas, um por ativação, com a norma do gradiente dos pesos de cada camada (eixo vertical logarítmico) ao longo de {steps} etapas de treino.',
    'lab.vanishingGradients.tableSummary': 'Tabela das normas na etapa lida',
    'lab.vanishingGradients.tableCaption': 'Norma ‖∂J/∂W‖ de cada camada na etapa {step}',
    'lab.vanishingGradients.tableLayer': 'Camada',
    'lab.vanishingGradients.invalid': 'Valor recusado: {message}',
  },
  en: {
    'lab.vanishingGradients.title': title.en,
    'lab.vanishingGradients.intro':
      'A deep, narrow network learns the “circle” set by full-batch gradient descent (all {count} points every step, η = {rate}).',
    'lab.vanishingGradients.more':
      'Each curve is the norm ‖∂J/∂W‖ of one layer’s weight gradient, on a log scale: one chart with sigmoid hidden layers, the other with ReLU, both starting from the same random draw. Change the initialization and the depth, turn clipping on, and watch what changes in each layer.',
    'lab.vanishingGradients.controls': 'Experiment settings',
    'lab.vanishingGradients.scheme': 'Initialization',
    'lab.vanishingGradients.scheme.uniform': 'Uniform in [−a, a]',
    'lab.vanishingGradients.scheme.xavier': 'Xavier (Glorot)',
    'lab.vanishingGradients.scheme.he': 'He',
    'lab.vanishingGradients.range': 'Range a (uniform)',
    'lab.vanishingGradients.depth': 'Hidden layers',
    'lab.vanishingGradients.clip': 'Clip the gradient',
    'lab.vanishingGradients.clipNorm': 'Maximum norm c',
    'lab.vanishingGradients.step': 'Step read: {step}',
    'lab.vanishingGradients.presets': 'Ready-made examples',
    'lab.vanishingGradients.preset.vanishing': 'Vanish (Xavier)',
    'lab.vanishingGradients.preset.exploding': 'Explode (uniform ±3)',
    'lab.vanishingGradients.sigmoid': 'Sigmoid',
    'lab.vanishingGradients.relu': 'ReLU',
    'lab.vanishingGradients.plotTitle': '{activation}: ‖∂J/∂W‖ per layer',
    'lab.vanishingGradients.axisStep': 'Step',
    'lab.vanishingGradients.layer': 'Layer {index}',
    'lab.vanishingGradients.output': 'Output',
    'lab.vanishingGradients.sentence':
      'At step {step}: with sigmoid, {sigmoid}; with ReLU, {relu}.',
    'lab.vanishingGradients.verdict.smaller':
      'the 1st layer’s gradient is {ratio} of the output layer’s',
    'lab.vanishingGradients.verdict.larger':
      'the 1st layer’s gradient is {ratio} the output layer’s',
    'lab.vanishingGradients.verdict.similar':
      'the 1st layer’s gradient is about the same as the output layer’s',
    'lab.vanishingGradients.verdict.exploding':
      'the gradient explodes: a layer’s norm reaches {largest} (above {limit})',
    'lab.vanishingGradients.verdict.diverged': 'training diverged at step {step}',
    'lab.vanishingGradients.verdict.noGradient':
      'the 1st layer gets no gradient at all: on every example, some layer has all its ReLUs inactive (z ≤ 0), and the signal stops there',
    'lab.vanishingGradients.verdict.undefined': 'there is no gradient to compare',
    'lab.vanishingGradients.note':
      'The curves show the gradient actually applied (after clipping, when on); a norm of 0 does not appear on the log scale. Layer 1 is the one nearest the input. Clipping by the global norm multiplies every layer by the same factor: it caps the size of the step but does not change the ratio between the 1st layer and the output at that step.',
    'lab.vanishingGradients.xavierNote':
      'Xavier (Glorot) balances the signals’ variance across layers at the start, but it does not remove the factor σ′(z) ≤ ¼ that every sigmoid layer multiplies in on the way back: in the “Vanish (Xavier)” example the 1st layer’s gradient stays far smaller than the output’s. ReLU has no such factor: ReLU′ = 1 on active units.',
    'lab.vanishingGradients.explodingNote':
      'An exploding gradient is not the same as a too-large η. In the “Explode (uniform ±3)” example it comes from large initial weights, which amplify the signal at every layer: with ReLU, a norm goes past {limit} at step 1, before any update. A too-large η makes training diverge even with gradients of ordinary size; the two add up when a step η·g with a huge g throws the weights far away.',
    'lab.vanishingGradients.diverged': '{activation}: training diverged at step {step}.',
    'lab.vanishingGradients.description':
      'Two line charts, one per activation, of each layer’s weight-gradient norm (log vertical axis) over {steps} training steps.',
    'lab.vanishingGradients.tableSummary': 'Table of the norms at the step read',
    'lab.vanishingGradients.tableCaption': 'Norm ‖∂J/∂W‖ of each layer at step {step}',
    'lab.vanishingGradients.tableLayer': 'Layer',
    'lab.vanishingGradients.invalid': 'Value rejected: {message}',
  },
});

/** The keys of the vanishing-gradients section's own strings. */
export type VanishingGradientsMessageKey = keyof (typeof vanishingGradientsMessages)['pt-BR'];
