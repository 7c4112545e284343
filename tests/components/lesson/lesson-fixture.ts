import type { Block, Inline, Lesson, Quiz } from '../../../src/content/lesson/lesson-types';

/** Small builders for hand-made lessons. */
export const text = (value: string): Inline => ({ type: 'text', value });
export const paragraph = (...children: Inline[]): Block => ({ type: 'paragraph', children });

/** A single-answer quiz: option `correctIndex` is right. */
export function singleQuiz(
  id: string,
  question: string,
  options: string[],
  correctIndex: number,
): Quiz {
  return {
    id,
    question: [paragraph(text(question))],
    options: options.map((option, index) => ({
      content: [text(option)],
      correct: index === correctIndex,
    })),
    multiple: false,
    explanation: [paragraph(text(`Explicação de ${id}.`))],
  };
}

/** A multiple-answer quiz: the options at `correctIndices` are right. */
export function multipleQuiz(
  id: string,
  question: string,
  options: string[],
  correctIndices: number[],
): Quiz {
  return {
    ...singleQuiz(id, question, options, -1),
    options: options.map((option, index) => ({
      content: [text(option)],
      correct: correctIndices.includes(index),
    })),
    multiple: true,
  };
}

/** Why backprop goes backwards (single answer, option 1 right). */
export const whyBackwards = singleQuiz(
  'q-3-1',
  'Por que o backpropagation percorre a rede de trás para frente?',
  [
    'Porque só conhecemos o erro na saída',
    'Porque uma passada para trás dá todas as derivadas parciais pelo custo de uma passada',
    'Porque a ordem não importa',
  ],
  1,
);

/** Which activations saturate (multiple answers: sigmoid and tanh). */
export const saturating = multipleQuiz(
  'q-10-1',
  'Quais ativações saturam para |z| grande?',
  ['Sigmoid', 'Tanh', 'ReLU (para z > 0)'],
  [0, 1],
);

/** A lesson with two sections and two quizzes, for the quiz and progress tests. */
export const quizLesson: Lesson = {
  title: 'Backpropagation',
  preamble: [{ type: 'quizIntro' }],
  sections: [
    {
      id: 'o-backpropagation',
      title: [text('O Backpropagation')],
      titleText: 'O Backpropagation',
      blocks: [{ type: 'quiz', quiz: whyBackwards }],
    },
    {
      id: 'funcoes-de-ativacao',
      title: [text('Funções de ativação')],
      titleText: 'Funções de ativação',
      blocks: [{ type: 'quiz', quiz: saturating }, { type: 'quizResults' }],
    },
  ],
};
