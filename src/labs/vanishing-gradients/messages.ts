import { defineMessages } from '../../content/ui/define-messages';

/** Strings of the lab section "Vanishing and exploding gradients". */
export const vanishingGradientsMessages = defineMessages({
  'pt-BR': {
    'lab.vanishingGradients.title': 'Gradientes que desaparecem e que explodem',
    'lab.vanishingGradients.intro':
      'Uma rede profunda e estreita aprende o conjunto “círculo”. Cada curva é a norma ‖∂J/∂W‖ do gradiente dos pesos de uma camada, em escala logarítmica: um gráfico com sigmoides nas camadas ocultas, o outro com ReLU, partindo dos mesmos números sorteados. Troque a inicialização, ligue o recorte e veja as curvas se afastarem ou se juntarem.',
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
    'lab.vanishingGradients.verdict.smaller': 'o gradiente da 1ª camada é {ratio} do da última',
    'lab.vanishingGradients.verdict.larger': 'o gradiente da 1ª camada é {ratio} o da última',
    'lab.vanishingGradients.verdict.similar': 'o gradiente da 1ª camada é parecido com o da última',
    'lab.vanishingGradients.verdict.exploding':
      'o gradiente explode: uma camada chega a norma {largest}',
    'lab.vanishingGradients.verdict.diverged': 'o treino divergiu na etapa {step}',
    'lab.vanishingGradients.verdict.noGradient':
      'a 1ª camada não recebe gradiente nenhum (ReLUs mortas)',
    'lab.vanishingGradients.verdict.undefined': 'não há gradiente para comparar',
    'lab.vanishingGradients.note':
      'As curvas mostram o gradiente aplicado (depois do recorte, se ligado); uma norma 0 não aparece na escala logarítmica. A camada 1 é a mais próxima da entrada.',
    'lab.vanishingGradients.diverged': '{activation}: o treino divergiu na etapa {step}.',
    'lab.vanishingGradients.description':
      'Dois gráficos de linhas, um por ativação, com a norma do gradiente dos pesos de cada camada (eixo vertical logarítmico) ao longo de {steps} etapas de treino.',
    'lab.vanishingGradients.tableSummary': 'Tabela das normas na etapa lida',
    'lab.vanishingGradients.tableCaption': 'Norma ‖∂J/∂W‖ de cada camada na etapa {step}',
    'lab.vanishingGradients.tableLayer': 'Camada',
    'lab.vanishingGradients.invalid': 'Valor recusado: {message}',
  },
  en: {
    'lab.vanishingGradients.title': 'Vanishing and exploding gradients',
    'lab.vanishingGradients.intro':
      'A deep, narrow network learns the “circle” set. Each curve is the norm ‖∂J/∂W‖ of one layer’s weight gradient, on a log scale: one chart with sigmoid hidden layers, the other with ReLU, both starting from the same random draw. Change the initialization, turn clipping on, and watch the curves spread apart or come together.',
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
      'the 1st layer’s gradient is {ratio} of the last one’s',
    'lab.vanishingGradients.verdict.larger': 'the 1st layer’s gradient is {ratio} the last one’s',
    'lab.vanishingGradients.verdict.similar':
      'the 1st layer’s gradient is about the same as the last one’s',
    'lab.vanishingGradients.verdict.exploding':
      'the gradient explodes: a layer’s norm reaches {largest}',
    'lab.vanishingGradients.verdict.diverged': 'training diverged at step {step}',
    'lab.vanishingGradients.verdict.noGradient':
      'the 1st layer gets no gradient at all (dead ReLUs)',
    'lab.vanishingGradients.verdict.undefined': 'there is no gradient to compare',
    'lab.vanishingGradients.note':
      'The curves show the gradient actually applied (after clipping, when on); a norm of 0 does not appear on the log scale. Layer 1 is the one nearest the input.',
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
