import { defineMessages } from './define-messages';

/**
 * Strings of the exercise's scenarios ("Cenários", core/exercise/presets.ts): each one's label and
 * what to look for. tests/core/exercise/presets.test.ts checks the numbers the descriptions give.
 */
export const presetMessages = defineMessages({
  'pt-BR': {
    'exercise.presets': 'Cenários',
    'exercise.presets.none': 'Nenhum cenário',
    'exercise.presets.hint':
      'Cada cenário recomeça o exercício com configurações e pesos escolhidos para uma das reflexões.',
    'exercise.presets.modified':
      'Você mudou as configurações depois de escolher este cenário, então o que ele descreve pode não valer mais. Escolha-o de novo para recomeçá-lo.',
    'exercise.preset.xor-escapes': 'XOR que sai do platô',
    'exercise.preset.xor-escapes.look':
      'Treine automático: por umas 3.000 iterações a perda fica perto de 0,125 (a rede responde ≈ 0,5 para tudo) e depois despenca. Aqui η = 0,5 e a semente é 1; com η = 0,1 e a semente 42, o mesmo platô dura cerca de 20.000 iterações.',
    'exercise.preset.relu-active': 'ReLU com os dois neurônios ativos',
    'exercise.preset.relu-active.look':
      'Com esta semente, z₁ e z₂ começam positivos: ReLU′ = 1 nos dois neurônios, e o gradiente chega sem encolher a w₁₁, w₁₂, w₂₁ e w₂₂. Ligue “Mostrar gradientes” e compare com o cenário “ReLU com um neurônio morto”, em que o neurônio 1 não recebe nada.',
    'exercise.preset.relu-dead': 'ReLU com um neurônio morto',
    'exercise.preset.relu-dead.look':
      'No XOR com a semente 42, z₁ ≤ 0 nos quatro exemplos: ReLU′(z₁) = 0, e w₁₁, w₁₂, b₁ e v₁ recebem gradiente exatamente zero e nunca mudam. Com um só neurônio vivo, a perda não desce abaixo de 1/12 ≈ 0,083, o melhor que um neurônio consegue no XOR.',
    'exercise.preset.overshoot': 'Passo grande demais',
    'exercise.preset.overshoot.look':
      'Avance com “Próximo passo”: uma única atualização leva ŷ de 0,385 a 0,0000016, e a perda sobe de 0,95 para 13,3. A inclinação medida só vale perto do ponto atual; com η = 50, o passo vai parar muito além dele.',
    'exercise.preset.saturated': 'Início saturado',
    'exercise.preset.saturated.look':
      'Os pesos dão z_o ≈ −7,4 e ŷ ≈ 0,0006 com y = 1: o erro é quase o máximo, mas com ½(y − ŷ)² o fator σ′(z_o) ≈ 0,0006 encolhe todos os gradientes, e a curva fica plana por umas 3.000 iterações. Troque a perda para BCE: ∂ℓ/∂z_o = ŷ − y ≈ −1, e a perda cai em poucas iterações.',
  },
  en: {
    'exercise.presets': 'Scenarios',
    'exercise.presets.none': 'No scenario',
    'exercise.presets.hint':
      'Each scenario starts the exercise over with settings and weights chosen for one of the reflections.',
    'exercise.presets.modified':
      'You changed the settings after choosing this scenario, so what it describes may no longer hold. Choose it again to start it over.',
    'exercise.preset.xor-escapes': 'XOR that leaves the plateau',
    'exercise.preset.xor-escapes.look':
      'Train automatically: for about 3,000 iterations the loss stays near 0.125 (the network answers ≈ 0.5 to everything), then it drops sharply. Here η = 0.5 and the seed is 1; with η = 0.1 and seed 42 the same plateau lasts about 20,000 iterations.',
    'exercise.preset.relu-active': 'ReLU with both neurons active',
    'exercise.preset.relu-active.look':
      'With this seed z₁ and z₂ start positive: ReLU′ = 1 in both neurons, and the gradient reaches w₁₁, w₁₂, w₂₁ and w₂₂ undiminished. Turn on “Show gradients” and compare with the scenario “ReLU with a dead neuron”, where neuron 1 gets nothing.',
    'exercise.preset.relu-dead': 'ReLU with a dead neuron',
    'exercise.preset.relu-dead.look':
      'On XOR with seed 42, z₁ ≤ 0 on all four examples: ReLU′(z₁) = 0, so w₁₁, w₁₂, b₁ and v₁ get exactly zero gradient and never change. With one live neuron the loss cannot go below 1/12 ≈ 0.083, the best a single neuron can do on XOR.',
    'exercise.preset.overshoot': 'A step too large',
    'exercise.preset.overshoot.look':
      'Advance with “Next step”: a single update takes ŷ from 0.385 to 0.0000016, and the loss rises from 0.95 to 13.3. The measured slope only holds near the current point; with η = 50 the step lands far beyond it.',
    'exercise.preset.saturated': 'Saturated start',
    'exercise.preset.saturated.look':
      'The weights give z_o ≈ −7.4 and ŷ ≈ 0.0006 with y = 1: the error is nearly the largest possible, but with ½(y − ŷ)² the factor σ′(z_o) ≈ 0.0006 shrinks every gradient, and the curve stays flat for about 3,000 iterations. Switch the loss to BCE: ∂ℓ/∂z_o = ŷ − y ≈ −1, and the loss falls within a few iterations.',
  },
});
