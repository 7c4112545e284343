import { defineMessages } from './define-messages';

/** Strings of the exercise's predictions ("Preveja antes de clicar"). */
export const predictionMessages = defineMessages({
  'pt-BR': {
    'predict.toggle': 'Preveja antes de clicar',
    'predict.toggleHint':
      'Em certas fases, uma pergunta sobre o que o próximo passo vai mostrar. É opcional: o botão “Próximo passo” continua livre, e cada resposta conta com os questionários.',
    'predict.submit': 'Responder',
    'predict.dismiss': 'Agora não',
    'predict.recorded': 'Resposta registrada: {choice}. Clique em “Próximo passo” para conferir.',
    'predict.correct': 'Você acertou: {choice}.',
    'predict.incorrect': 'Não foi desta vez: você respondeu {choice}; o certo era {key}.',
    'predict.weightDirection.question': 'A atualização vai fazer v₁ subir, descer ou ficar igual?',
    'predict.weightDirection.up': 'Subir',
    'predict.weightDirection.down': 'Descer',
    'predict.weightDirection.unchanged': 'Ficar igual',
    'predict.weightDirection.result':
      'v₁ foi de {before} para {after}: Δv₁ = −η·∂L/∂v₁ = {change}.',
    'predict.zeroGradient.question':
      'Nesta iteração, algum gradiente vai dar exatamente 0? Qual, e por quê?',
    'predict.zeroGradient.outputWeight1': '∂L/∂v₁ = a₁·∂L/∂z_o, porque a₁ = 0',
    'predict.zeroGradient.outputWeight2': '∂L/∂v₂ = a₂·∂L/∂z_o, porque a₂ = 0',
    'predict.zeroGradient.hiddenUnit1':
      '∂L/∂w₁₁, ∂L/∂w₁₂ e ∂L/∂b₁, porque ∂L/∂z₁ = v₁·∂L/∂z_o·g′(z₁) = 0 (v₁ = 0 ou g′(z₁) = 0)',
    'predict.zeroGradient.hiddenUnit2':
      '∂L/∂w₂₁, ∂L/∂w₂₂ e ∂L/∂b₂, porque ∂L/∂z₂ = v₂·∂L/∂z_o·g′(z₂) = 0 (v₂ = 0 ou g′(z₂) = 0)',
    'predict.zeroGradient.none':
      'Nenhum: todo aᵢ ≠ 0 e todo ∂L/∂zᵢ ≠ 0, então todos os gradientes são diferentes de 0',
    'predict.zeroGradient.result': 'Exatamente 0 nesta iteração: {list}.',
    'predict.zeroGradient.noneResult':
      'Nesta iteração nenhum gradiente deu exatamente 0: as duas unidades ocultas estão ativas e todo vᵢ ≠ 0.',
    'predict.oldWeight.question':
      'Para calcular ∂L/∂a₁ = v₁·∂L/∂z_o, a passagem para trás usa o v₁ antigo ou o novo?',
    'predict.oldWeight.old': 'O antigo (de antes da atualização)',
    'predict.oldWeight.new': 'O novo (já atualizado)',
    'predict.oldWeight.result':
      '∂L/∂a₁ = {slope} = {v1} · {delta}: o v₁ de antes da atualização. Todos os gradientes saem da mesma rede; só depois vem a atualização.',
  },
  en: {
    'predict.toggle': 'Predict before you click',
    'predict.toggleHint':
      'At some phases, a question about what the next step will show. It is optional: “Next step” stays free, and each answer counts with the quizzes.',
    'predict.submit': 'Answer',
    'predict.dismiss': 'Not now',
    'predict.recorded': 'Answer recorded: {choice}. Click “Next step” to check it.',
    'predict.correct': 'You got it: {choice}.',
    'predict.incorrect': 'Not this time: you answered {choice}; the answer was {key}.',
    'predict.weightDirection.question': 'Will the update make v₁ go up, go down or stay the same?',
    'predict.weightDirection.up': 'Go up',
    'predict.weightDirection.down': 'Go down',
    'predict.weightDirection.unchanged': 'Stay the same',
    'predict.weightDirection.result':
      'v₁ went from {before} to {after}: Δv₁ = −η·∂L/∂v₁ = {change}.',
    'predict.zeroGradient.question':
      'In this iteration, will any gradient be exactly 0? Which one, and why?',
    'predict.zeroGradient.outputWeight1': '∂L/∂v₁ = a₁·∂L/∂z_o, because a₁ = 0',
    'predict.zeroGradient.outputWeight2': '∂L/∂v₂ = a₂·∂L/∂z_o, because a₂ = 0',
    'predict.zeroGradient.hiddenUnit1':
      '∂L/∂w₁₁, ∂L/∂w₁₂ and ∂L/∂b₁, because ∂L/∂z₁ = v₁·∂L/∂z_o·g′(z₁) = 0 (v₁ = 0 or g′(z₁) = 0)',
    'predict.zeroGradient.hiddenUnit2':
      '∂L/∂w₂₁, ∂L/∂w₂₂ and ∂L/∂b₂, because ∂L/∂z₂ = v₂·∂L/∂z_o·g′(z₂) = 0 (v₂ = 0 or g′(z₂) = 0)',
    'predict.zeroGradient.none':
      'None: every aᵢ ≠ 0 and every ∂L/∂zᵢ ≠ 0, so every gradient is nonzero',
    'predict.zeroGradient.result': 'Exactly 0 in this iteration: {list}.',
    'predict.zeroGradient.noneResult':
      'No gradient was exactly 0 in this iteration: both hidden units are active and every vᵢ ≠ 0.',
    'predict.oldWeight.question':
      'To compute ∂L/∂a₁ = v₁·∂L/∂z_o, does the backward pass use the old or the new v₁?',
    'predict.oldWeight.old': 'The old one (from before the update)',
    'predict.oldWeight.new': 'The new one (already updated)',
    'predict.oldWeight.result':
      '∂L/∂a₁ = {slope} = {v1} · {delta}: the v₁ from before the update. Every gradient comes from the same network; the update comes after.',
  },
});
