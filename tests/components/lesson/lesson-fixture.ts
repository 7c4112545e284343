import type {
  Block,
  ChoiceQuiz,
  Inline,
  Lesson,
  NumericQuiz,
} from '../../../src/content/lesson/lesson-types';
import type { QuizOf } from '../../../src/progress/answers';
import { useAppStore } from '../../../src/store/store';

/** Small builders for hand-made lessons. */
export const text = (value: string): Inline => ({ type: 'text', value });
export const paragraph = (...children: Inline[]): Block => ({ type: 'paragraph', children });

/** A single-answer quiz: option `correctIndex` is right. */
export function singleQuiz(
  id: string,
  question: string,
  options: string[],
  correctIndex: number,
): ChoiceQuiz {
  return {
    kind: 'choice',
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
): ChoiceQuiz {
  return {
    ...singleQuiz(id, question, options, -1),
    options: options.map((option, index) => ({
      content: [text(option)],
      correct: correctIndices.includes(index),
    })),
    multiple: true,
  };
}

/** A numeric quiz expecting `value` within an absolute `tolerance`. */
export function numericQuiz(
  id: string,
  question: string,
  value: number,
  tolerance: NumericQuiz['tolerance'] = { type: 'absolute', amount: 0.001 },
  unit: string | null = null,
): NumericQuiz {
  return {
    kind: 'numeric',
    id,
    question: [paragraph(text(question))],
    value,
    tolerance,
    unit,
    explanation: [paragraph(text(`Explicação de ${id}.`))],
  };
}

/** Checks options `chosen` of a choice quiz through the store, as "Verificar" does. */
export function choose(quiz: QuizOf<'choice'>, ...chosen: number[]): void {
  useAppStore.getState().answer(quiz, { kind: 'choice', chosen });
}

/** Checks the number `value` for a numeric quiz through the store, as "Verificar" does. */
export function typeNumber(quiz: QuizOf<'numeric'>, value: number): void {
  useAppStore.getState().answer(quiz, { kind: 'numeric', value });
}

/** Why backprop goes backwards (single answer, option 1 right). */
export const whyBackwards = singleQuiz(
  'why-backwards',
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
  'vanishing-claims',
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
