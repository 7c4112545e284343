import { defineMessages } from './define-messages';

/** Strings of the lesson's figures: the loss surface and the video card. */
export const figureMessages = defineMessages({
  'pt-BR': {
    'surface.title': 'Descida do gradiente numa superfície de perda',
    'surface.caption':
      'Curvas de nível da perda J(w₁, w₂): cada linha liga pontos de mesma perda, e o vale é estreito e inclinado. A bola parte da encosta e cada passo vai contra o gradiente: w ← w − η∇J(w).',
    'surface.image':
      'Mapa de curvas de nível da perda, com o mínimo no centro e o caminho percorrido pela descida do gradiente.',
    'surface.axis.w1': 'w₁',
    'surface.axis.w2': 'w₂',
    'surface.minimum': 'mínimo',
    'surface.learningRate': 'Taxa de aprendizado (η)',
    'surface.limit':
      'Nesta superfície a perda cai a cada passo enquanto η < {limit} (= 2/λ_max, com λ_max a curvatura da parede do vale); acima disso cada passo vai mais longe do que o anterior.',
    'surface.next': 'Próximo passo',
    'surface.animate': 'Animar',
    'surface.pause': 'Pausar',
    'surface.showAll': 'Mostrar o caminho todo',
    'surface.reset': 'Reset',
    'surface.controls': 'Controles da figura',
    'surface.position':
      'Passo {step} de {steps}: w₁ = {w1}; w₂ = {w2}; perda J = {loss}; gradiente ∇J = ({g1}; {g2}).',
    'surface.outside': 'O ponto saiu da área do gráfico.',
    'surface.overshoot': 'η grande demais: o passo ultrapassa o vale',
    'surface.overshootDetail': 'a perda subiu em vez de descer.',
    'video.defaultTitle': 'Vídeo da aula',
    'video.text':
      'Vídeo do curso no YouTube. Nada é carregado do YouTube até você clicar no link, que abre em outra aba.',
    'video.watch': 'Assistir no YouTube',
    'video.newTab': '(abre em outra aba)',
  },
  en: {
    'surface.title': 'Gradient descent on a loss surface',
    'surface.caption':
      'Contour lines of the loss J(w₁, w₂): each line joins points of equal loss, and the valley is narrow and tilted. The ball starts on a slope and every step goes against the gradient: w ← w − η∇J(w).',
    'surface.image':
      'Contour map of the loss, with the minimum at the centre and the path taken by gradient descent.',
    'surface.axis.w1': 'w₁',
    'surface.axis.w2': 'w₂',
    'surface.minimum': 'minimum',
    'surface.learningRate': 'Learning rate (η)',
    'surface.limit':
      'On this surface the loss falls at every step while η < {limit} (= 2/λ_max, λ_max being the curvature of the valley wall); above it every step lands farther away than the last.',
    'surface.next': 'Next step',
    'surface.animate': 'Animate',
    'surface.pause': 'Pause',
    'surface.showAll': 'Show the whole path',
    'surface.reset': 'Reset',
    'surface.controls': 'Figure controls',
    'surface.position':
      'Step {step} of {steps}: w₁ = {w1}; w₂ = {w2}; loss J = {loss}; gradient ∇J = ({g1}; {g2}).',
    'surface.outside': 'The point has left the plotted area.',
    'surface.overshoot': 'η too large: the step overshoots the valley',
    'surface.overshootDetail': 'the loss went up instead of down.',
    'video.defaultTitle': 'Lesson video',
    'video.text':
      'The course video on YouTube. Nothing is loaded from YouTube until you click the link, which opens in another tab.',
    'video.watch': 'Watch on YouTube',
    'video.newTab': '(opens in another tab)',
  },
});
