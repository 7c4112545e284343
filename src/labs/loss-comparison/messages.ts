import { defineMessages } from '../../content/ui/define-messages';
import { title } from './title';

/** Strings of the lab section "MSE vs BCE". */
export const lossComparisonMessages = defineMessages({
  'pt-BR': {
    'lab.lossComparison.title': title['pt-BR'],
    'lab.lossComparison.intro':
      'A mesma rede 2–4–1 com sigmoides aprende o XOR duas vezes, dos mesmos pesos iniciais, por descida do gradiente em lote completo (os quatro exemplos a cada etapa, η = {rate}): uma com o erro quadrático ℓ = ½(y − ŷ)² (rotulado MSE) e outra com a entropia cruzada binária (BCE); J é a média de ℓ nos quatro exemplos.',
    'lab.lossComparison.more':
      'Com a saída saturada em ŷ ≈ 1, errada nos dois exemplos com y = 0, treine e veja qual das duas sai do lugar primeiro.',
    'lab.lossComparison.saturated':
      'Começar com a saída saturada (viés de saída c = {bias}, ŷ ≈ 1)',
    'lab.lossComparison.example': 'Exemplo mostrado',
    'lab.lossComparison.exampleOption': 'x = ({x1}, {x2}), y = {y}',
    'lab.lossComparison.progress': 'Etapa {step} de {limit}',
    'lab.lossComparison.plotTitle': 'Perda normalizada J/J₀ (escala logarítmica)',
    'lab.lossComparison.plotNote':
      'Cada curva é dividida pelo seu próprio valor na etapa 0, porque as duas perdas têm escalas diferentes; as duas começam em 1.',
    'lab.lossComparison.axisStep': 'Etapa',
    'lab.lossComparison.mse': 'MSE',
    'lab.lossComparison.bce': 'BCE',
    'lab.lossComparison.mseNetwork': 'Rede treinada com MSE',
    'lab.lossComparison.bceNetwork': 'Rede treinada com BCE',
    'lab.lossComparison.outputLine': 'z_o = {z}, ŷ = σ(z_o) = {prediction}, y = {target}',
    'lab.lossComparison.sentence':
      'Com MSE, ∂ℓ/∂z_o = (ŷ − y)·σ′(z_o), com σ′(z_o) = {slope}: um sinal {gain} vezes menor do que o da BCE, ∂ℓ/∂z_o = ŷ − y, no mesmo ŷ.',
    'lab.lossComparison.description':
      'Gráfico de linhas com a perda normalizada J/J₀ das duas redes ao longo das etapas, em escala logarítmica.',
    'lab.lossComparison.tableSummary': 'Tabela dos valores atuais',
    'lab.lossComparison.tableCaption': 'As duas redes na etapa {step}',
    'lab.lossComparison.tableNetwork': 'Rede',
    'lab.lossComparison.tableStart': 'J na etapa 0',
    'lab.lossComparison.tableLoss': 'J atual',
    'lab.lossComparison.tableAccuracy': 'Acertos',
    'lab.lossComparison.paused': 'Pausado na etapa {step}. Perda com MSE: {mse}; com BCE: {bce}.',
    'lab.lossComparison.finished': 'Fim das {step} etapas. Perda com MSE: {mse}; com BCE: {bce}.',
  },
  en: {
    'lab.lossComparison.title': title.en,
    'lab.lossComparison.intro':
      'The same 2–4–1 sigmoid network learns XOR twice, from the same initial weights, by full-batch gradient descent (all four examples every step, η = {rate}): once with the squared error ℓ = ½(y − ŷ)² (labelled MSE) and once with binary cross-entropy (BCE); J is the mean of ℓ over the four examples.',
    'lab.lossComparison.more':
      'With the output saturated at ŷ ≈ 1, wrong for the two examples with y = 0, train and see which one gets moving first.',
    'lab.lossComparison.saturated':
      'Start with the output saturated (output bias c = {bias}, ŷ ≈ 1)',
    'lab.lossComparison.example': 'Example shown',
    'lab.lossComparison.exampleOption': 'x = ({x1}, {x2}), y = {y}',
    'lab.lossComparison.progress': 'Step {step} of {limit}',
    'lab.lossComparison.plotTitle': 'Normalised loss J/J₀ (log scale)',
    'lab.lossComparison.plotNote':
      'Each curve is divided by its own value at step 0, because the two losses have different scales; both start at 1.',
    'lab.lossComparison.axisStep': 'Step',
    'lab.lossComparison.mse': 'MSE',
    'lab.lossComparison.bce': 'BCE',
    'lab.lossComparison.mseNetwork': 'Network trained with MSE',
    'lab.lossComparison.bceNetwork': 'Network trained with BCE',
    'lab.lossComparison.outputLine': 'z_o = {z}, ŷ = σ(z_o) = {prediction}, y = {target}',
    'lab.lossComparison.sentence':
      'With MSE, ∂ℓ/∂z_o = (ŷ − y)·σ′(z_o), with σ′(z_o) = {slope}: a signal {gain} times smaller than BCE’s, ∂ℓ/∂z_o = ŷ − y, at the same ŷ.',
    'lab.lossComparison.description':
      'Line chart of both networks’ normalised loss J/J₀ over the steps, on a log scale.',
    'lab.lossComparison.tableSummary': 'Table of the current values',
    'lab.lossComparison.tableCaption': 'Both networks at step {step}',
    'lab.lossComparison.tableNetwork': 'Network',
    'lab.lossComparison.tableStart': 'J at step 0',
    'lab.lossComparison.tableLoss': 'Current J',
    'lab.lossComparison.tableAccuracy': 'Correct',
    'lab.lossComparison.paused': 'Paused at step {step}. Loss with MSE: {mse}; with BCE: {bce}.',
    'lab.lossComparison.finished': 'All {step} steps done. Loss with MSE: {mse}; with BCE: {bce}.',
  },
});
