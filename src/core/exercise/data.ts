import { andExamples, LESSON_EXAMPLE, orExamples, xorExamples } from '../data/logic-datasets';
import type { Example } from '../types';
import type { ExerciseDataset } from './config';

/** The lesson's example as the exercise starts it: x₁ = 1.0, x₂ = 0.5, y = 1. */
export const LESSON_EXAMPLE_DEFAULT: Example = {
  input: [...LESSON_EXAMPLE.input],
  target: [...LESSON_EXAMPLE.target],
};

/** The exercise's training examples: the learner's own lesson example, or a logic gate's four points. */
export function exerciseExamples(dataset: ExerciseDataset, lessonExample: Example): Example[] {
  switch (dataset) {
    case 'lesson':
      return [lessonExample];
    case 'and':
      return andExamples();
    case 'or':
      return orExamples();
    case 'xor':
      return xorExamples();
  }
}
