import { defineMessages } from '../../content/ui/define-messages';
import { title } from './title';

/** Strings of the lab's computational-graph section (the backward pass node by node). */
export const computationalGraphMessages = defineMessages({
  'pt-BR': {
    'lab.computationalGraph.title': title['pt-BR'],
    'lab.computationalGraph.intro':
      'A perda ℓ da rede do exercício, com os pesos e o exemplo que o exercício interativo (mais adiante na lição) tem agora, desenhada como no micrograd: cada caixa traz o nome do nó, o valor (data) e o gradiente ∂ℓ/∂nó (grad); os círculos são as operações.',
    'lab.computationalGraph.more':
      'Avance o passo de volta a partir de ℓ e veja cada gradiente sair do gradiente de quem usa o nó vezes a derivada local.',
    'lab.computationalGraph.zoom': 'Tamanho do grafo',
    'lab.computationalGraph.zoomFit': 'Ajustar ao quadro',
    'lab.computationalGraph.zoomFull': 'Tamanho real',
    'lab.computationalGraph.previous': 'Nó anterior',
    'lab.computationalGraph.showAll': 'Mostrar tudo',
    'lab.computationalGraph.progress': 'Gradientes revelados: {revealed} de {total}',
    'lab.computationalGraph.ready':
      'Todos os gradientes estão ocultos (?). Clique em “Um passo” para começar o passo de volta em ℓ.',
    'lab.computationalGraph.rootStep':
      'Passo 1 de {total}: ∂ℓ/∂ℓ = 1. O passo de volta começa na perda.',
    'lab.computationalGraph.step': 'Passo {index} de {total}: {equation}',
    'lab.computationalGraph.severalUsers':
      '{node} é usado por {count} nós, então as contribuições se somam.',
    'lab.computationalGraph.done':
      'Passo de volta completo: todos os {total} gradientes foram calculados, cada um com os valores do passo direto.',
    'lab.computationalGraph.figure':
      'Grafo computacional da perda com {total} nós, da esquerda (parâmetros e entradas) para a direita (ℓ). A tabela abaixo lista todos os nós.',
    'lab.computationalGraph.tableSummary': 'Tabela dos nós (texto alternativo do grafo)',
    'lab.computationalGraph.tableCaption':
      'Nós em ordem topológica; o gradiente aparece quando o passo de volta chega ao nó.',
    'lab.computationalGraph.column.node': 'Nó',
    'lab.computationalGraph.column.op': 'Operação',
    'lab.computationalGraph.column.inputs': 'Entradas',
    'lab.computationalGraph.column.value': 'Valor (data)',
    'lab.computationalGraph.column.grad': 'Gradiente ∂ℓ/∂nó (grad)',
    'lab.computationalGraph.op.leaf': 'parâmetro',
    'lab.computationalGraph.op.constant': 'constante',
    'lab.computationalGraph.hidden': '?',
    'lab.computationalGraph.current': 'agora',
    'lab.computationalGraph.network':
      'Rede: ativação oculta {activation}, perda {loss}, exemplo x = ({x1}; {x2}), y = {y}.',
  },
  en: {
    'lab.computationalGraph.title': title.en,
    'lab.computationalGraph.intro':
      'The loss ℓ of the exercise’s network, with the weights and example the interactive exercise (further down the lesson) holds now, drawn as micrograd draws it: each box holds the node’s name, its value (data) and its gradient ∂ℓ/∂node (grad); the circles are the operations.',
    'lab.computationalGraph.more':
      'Step the backward pass from ℓ and watch each gradient come from its users’ gradients times the local derivative.',
    'lab.computationalGraph.zoom': 'Graph size',
    'lab.computationalGraph.zoomFit': 'Fit to the frame',
    'lab.computationalGraph.zoomFull': 'Full size',
    'lab.computationalGraph.previous': 'Previous node',
    'lab.computationalGraph.showAll': 'Show all',
    'lab.computationalGraph.progress': 'Gradients revealed: {revealed} of {total}',
    'lab.computationalGraph.ready':
      'Every gradient is hidden (?). Click “One step” to start the backward pass at ℓ.',
    'lab.computationalGraph.rootStep':
      'Step 1 of {total}: ∂ℓ/∂ℓ = 1. The backward pass starts at the loss.',
    'lab.computationalGraph.step': 'Step {index} of {total}: {equation}',
    'lab.computationalGraph.severalUsers':
      '{node} is used by {count} nodes, so their contributions add up.',
    'lab.computationalGraph.done':
      'Backward pass complete: all {total} gradients are computed, each from the forward pass’s values.',
    'lab.computationalGraph.figure':
      'Computational graph of the loss with {total} nodes, from the left (parameters and inputs) to the right (ℓ). The table below lists every node.',
    'lab.computationalGraph.tableSummary': 'Table of the nodes (text alternative of the graph)',
    'lab.computationalGraph.tableCaption':
      'Nodes in topological order; a gradient appears once the backward pass reaches its node.',
    'lab.computationalGraph.column.node': 'Node',
    'lab.computationalGraph.column.op': 'Operation',
    'lab.computationalGraph.column.inputs': 'Inputs',
    'lab.computationalGraph.column.value': 'Value (data)',
    'lab.computationalGraph.column.grad': 'Gradient ∂ℓ/∂node (grad)',
    'lab.computationalGraph.op.leaf': 'parameter',
    'lab.computationalGraph.op.constant': 'constant',
    'lab.computationalGraph.hidden': '?',
    'lab.computationalGraph.current': 'now',
    'lab.computationalGraph.network':
      'Network: hidden activation {activation}, loss {loss}, example x = ({x1}, {x2}), y = {y}.',
  },
});
