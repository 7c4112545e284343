import { defineMessages } from '../../content/ui/define-messages';
import { title } from './title';

/** Strings of the lab's gradient-check section (backprop against finite differences). */
export const gradientCheckMessages = defineMessages({
  'pt-BR': {
    'lab.gradientCheck.title': title['pt-BR'],
    'lab.gradientCheck.intro':
      'Confira o backprop sem confiar nele: mova um só peso θ um pouquinho para cada lado, recalcule a perda e use a diferença central (L(θ + h) − L(θ − h))/2h.',
    'lab.gradientCheck.more':
      'Escolha o peso e o passo h e compare com o gradiente do passo de volta, na rede e no exemplo do exercício.',
    'lab.gradientCheck.parameter': 'Parâmetro θ',
    'lab.gradientCheck.step': 'Passo h (escala log, 10⁻¹² a 1)',
    'lab.gradientCheck.stepValue': 'h = {step}',
    'lab.gradientCheck.results': 'Resultados para {name}',
    'lab.gradientCheck.theta': 'Valor de {name}',
    'lab.gradientCheck.backprop': 'Backprop: ∂ℓ/∂{name}',
    'lab.gradientCheck.central': 'Diferença central (L(θ+h) − L(θ−h))/2h',
    'lab.gradientCheck.forward': 'Diferença progressiva (L(θ+h) − L(θ))/h',
    'lab.gradientCheck.centralError': 'Erro relativo (central)',
    'lab.gradientCheck.forwardError': 'Erro relativo (progressiva)',
    'lab.gradientCheck.errorFormula': 'erro relativo = |g − ĝ| / max(|g|, |ĝ|)',
    'lab.gradientCheck.regime.balanced':
      'Com h = {step}, o erro relativo é {error}: perto do melhor h da varredura ({best}, erro {bestError}). Aqui o erro de truncamento e o de arredondamento estão equilibrados.',
    'lab.gradientCheck.regime.truncation':
      'Com h = {step}, o erro relativo é {error}: h grande demais. Domina o erro de truncamento (a curva não é uma reta na escala de h; na central ele cai com h²). O melhor h da varredura é {best} (erro {bestError}).',
    'lab.gradientCheck.regime.rounding':
      'Com h = {step}, o erro relativo é {error}: h pequeno demais. Domina o arredondamento: L(θ + h) e L(θ − h) coincidem em quase todos os dígitos e a subtração cancela o que sobra (erro ≈ ε/h). O melhor h da varredura é {best} (erro {bestError}).',
    'lab.gradientCheck.regime.undefined':
      'Com h = {step}, a estimativa não é um número finito, então não há erro relativo a comparar.',
    'lab.gradientCheck.zeroGradient':
      'O gradiente de {name} é 0 neste exemplo, e a diferença finita também: a perda não depende de {name} aqui (entrada nula ou ReLU inativa). Erro relativo 0 por definição.',
    'lab.gradientCheck.chartTitle': 'Erro relativo × h (escalas log-log)',
    'lab.gradientCheck.chartDescription':
      'Gráfico log-log do erro relativo contra h para {name}: a curva tem forma de V. À direita o erro de truncamento cresce com h; à esquerda o arredondamento cresce quando h encolhe. O melhor h da varredura é {best}.',
    'lab.gradientCheck.axisStep': 'h',
    'lab.gradientCheck.axisError': 'erro relativo',
    'lab.gradientCheck.legendCentral': 'central (linha contínua)',
    'lab.gradientCheck.legendForward': 'progressiva (tracejada)',
    'lab.gradientCheck.legendCurrent': 'h atual (vertical pontilhada)',
    'lab.gradientCheck.legendBest': 'melhor h (losango)',
    'lab.gradientCheck.floorNote': 'Erros iguais a 0 aparecem no piso do gráfico ({floor}).',
    'lab.gradientCheck.tableSummary': 'Tabela da varredura de h (texto alternativo do gráfico)',
    'lab.gradientCheck.column.step': 'h',
    'lab.gradientCheck.column.central': 'Diferença central',
    'lab.gradientCheck.column.centralError': 'Erro relativo (central)',
    'lab.gradientCheck.column.forwardError': 'Erro relativo (progressiva)',
  },
  en: {
    'lab.gradientCheck.title': title.en,
    'lab.gradientCheck.intro':
      'Check backprop without trusting it: move a single weight θ a little each way, recompute the loss and take the central difference (L(θ + h) − L(θ − h))/2h.',
    'lab.gradientCheck.more':
      'Pick the weight and the step h and compare with the backward pass’s gradient, on the exercise’s network and example.',
    'lab.gradientCheck.parameter': 'Parameter θ',
    'lab.gradientCheck.step': 'Step h (log scale, 10⁻¹² to 1)',
    'lab.gradientCheck.stepValue': 'h = {step}',
    'lab.gradientCheck.results': 'Results for {name}',
    'lab.gradientCheck.theta': 'Value of {name}',
    'lab.gradientCheck.backprop': 'Backprop: ∂ℓ/∂{name}',
    'lab.gradientCheck.central': 'Central difference (L(θ+h) − L(θ−h))/2h',
    'lab.gradientCheck.forward': 'Forward difference (L(θ+h) − L(θ))/h',
    'lab.gradientCheck.centralError': 'Relative error (central)',
    'lab.gradientCheck.forwardError': 'Relative error (forward)',
    'lab.gradientCheck.errorFormula': 'relative error = |g − ĝ| / max(|g|, |ĝ|)',
    'lab.gradientCheck.regime.balanced':
      'With h = {step}, the relative error is {error}: close to the sweep’s best h ({best}, error {bestError}). Here truncation and rounding errors are balanced.',
    'lab.gradientCheck.regime.truncation':
      'With h = {step}, the relative error is {error}: h is too large. Truncation error dominates (the curve is not a straight line over h; for the central difference it shrinks like h²). The sweep’s best h is {best} (error {bestError}).',
    'lab.gradientCheck.regime.rounding':
      'With h = {step}, the relative error is {error}: h is too small. Rounding dominates: L(θ + h) and L(θ − h) agree in almost every digit and the subtraction cancels what is left (error ≈ ε/h). The sweep’s best h is {best} (error {bestError}).',
    'lab.gradientCheck.regime.undefined':
      'With h = {step}, the estimate is not a finite number, so there is no relative error to compare.',
    'lab.gradientCheck.zeroGradient':
      'The gradient of {name} is 0 on this example, and so is the finite difference: the loss does not depend on {name} here (a zero input or an inactive ReLU). Relative error 0 by definition.',
    'lab.gradientCheck.chartTitle': 'Relative error against h (log-log)',
    'lab.gradientCheck.chartDescription':
      'Log-log chart of the relative error against h for {name}: the curve is V-shaped. To the right, truncation error grows with h; to the left, rounding grows as h shrinks. The sweep’s best h is {best}.',
    'lab.gradientCheck.axisStep': 'h',
    'lab.gradientCheck.axisError': 'relative error',
    'lab.gradientCheck.legendCentral': 'central (solid line)',
    'lab.gradientCheck.legendForward': 'forward (dashed)',
    'lab.gradientCheck.legendCurrent': 'current h (dotted vertical)',
    'lab.gradientCheck.legendBest': 'best h (diamond)',
    'lab.gradientCheck.floorNote': 'Errors equal to 0 are drawn on the chart’s floor ({floor}).',
    'lab.gradientCheck.tableSummary': 'Table of the h sweep (text alternative of the chart)',
    'lab.gradientCheck.column.step': 'h',
    'lab.gradientCheck.column.central': 'Central difference',
    'lab.gradientCheck.column.centralError': 'Relative error (central)',
    'lab.gradientCheck.column.forwardError': 'Relative error (forward)',
  },
});
