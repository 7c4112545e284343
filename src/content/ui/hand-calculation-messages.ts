import { defineMessages } from './define-messages';

/** Strings of the exercise's hand-calculation mode ("Cálculo à mão"). */
export const handCalculationMessages = defineMessages({
  'pt-BR': {
    'hand.title': 'Cálculo à mão',
    'hand.toggle': 'Cálculo à mão',
    'hand.toggleHint':
      'Recomeça com números redondos (η = 0,5; x₁ = 1, x₂ = 0,5, y = 1; pesos de uma casa decimal), sigmoide na oculta e L = ½(y − ŷ)², e mostra 6 algarismos significativos. Desligar volta a 4.',
    'hand.intro':
      'Calcule cada valor no papel e digite-o antes que o exercício o mostre. Cada caixa fica aberta até a fase que revela o valor; o botão “Próximo passo” nunca espera por você.',
    'hand.tolerance':
      'Tolerância: a resposta vale se estiver a até 0,1% do valor exato (4 algarismos significativos bastam). Aceita vírgula ou ponto decimal: 0,1234 ou 0.1234.',
    'hand.value.outputDelta': '∂L/∂z_o',
    'hand.value.hiddenSlope': '∂L/∂a₁',
    'hand.value.weightGradient': '∂L/∂w₁₁',
    'hand.value.updatedWeight': 'v₁ depois da atualização',
    'hand.valueLabel': 'Seu valor de {name}',
    'hand.check': 'Verificar {name}',
    'hand.invalid': '“{text}” não é um número. Escreva, por exemplo, −0,0123 ou 0.0123.',
    'hand.correct': 'Correto: {name} = {value} (você digitou {typed}).',
    'hand.incorrect': 'Ainda não: você digitou {typed}; o valor é {name} = {value}.',
    'hand.revealed': '{name} já aparece nesta fase ({value}); tente na próxima iteração.',
    'hand.worked.title': 'Iteração resolvida',
    'hand.worked.show': 'Mostrar a iteração resolvida',
    'hand.worked.hide': 'Esconder a iteração resolvida',
    'hand.worked.print': 'Imprimir',
    'hand.worked.intro':
      'Todas as contas da iteração {iteration}, com os números desta iteração (calculados pelo núcleo do app).',
    'hand.worked.forward': 'Passagem para frente',
    'hand.worked.loss': 'Perda',
    'hand.worked.backward': 'Passagem para trás',
    'hand.worked.update': 'Atualização (η = {eta})',
    'hand.progressGroup': 'cálculo à mão e previsões',
  },
  en: {
    'hand.title': 'Hand calculation',
    'hand.toggle': 'Hand calculation',
    'hand.toggleHint':
      'Starts over with round numbers (η = 0.5; x₁ = 1, x₂ = 0.5, y = 1; weights of one decimal), sigmoid hidden units and L = ½(y − ŷ)², and shows 6 significant figures. Turning it off goes back to 4.',
    'hand.intro':
      'Work out each value on paper and type it before the exercise shows it. Each box stays open until the phase that reveals its value; “Next step” never waits for you.',
    'hand.tolerance':
      'Tolerance: an answer counts when it is within 0.1% of the exact value (four significant figures are enough). A decimal comma or point both work: 0,1234 or 0.1234.',
    'hand.value.outputDelta': '∂L/∂z_o',
    'hand.value.hiddenSlope': '∂L/∂a₁',
    'hand.value.weightGradient': '∂L/∂w₁₁',
    'hand.value.updatedWeight': 'v₁ after the update',
    'hand.valueLabel': 'Your value of {name}',
    'hand.check': 'Check {name}',
    'hand.invalid': '“{text}” is not a number. Write, for example, −0.0123 or 0,0123.',
    'hand.correct': 'Correct: {name} = {value} (you typed {typed}).',
    'hand.incorrect': 'Not yet: you typed {typed}; the value is {name} = {value}.',
    'hand.revealed': '{name} is shown in this phase ({value}); try in the next iteration.',
    'hand.worked.title': 'Worked iteration',
    'hand.worked.show': 'Show the worked iteration',
    'hand.worked.hide': 'Hide the worked iteration',
    'hand.worked.print': 'Print',
    'hand.worked.intro':
      'Every computation of iteration {iteration}, with this iteration’s numbers (computed by the app’s core).',
    'hand.worked.forward': 'Forward pass',
    'hand.worked.loss': 'Loss',
    'hand.worked.backward': 'Backward pass',
    'hand.worked.update': 'Update (η = {eta})',
    'hand.progressGroup': 'hand calculation and predictions',
  },
});
