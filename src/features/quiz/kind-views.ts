import type { ReactNode } from 'react';
import type { QuizKind } from '../../content/lesson/lesson-types';
import { ChoiceQuestion } from './kinds/ChoiceQuestion';
import { NumericQuestion } from './kinds/NumericQuestion';
import type { QuizViewProps } from './quiz-view-props';

export type { QuizViewProps } from './quiz-view-props';

/** Each quiz kind's view, once (the kinds themselves are in src/progress/kinds/registry.ts). */
export const QUIZ_VIEWS: { [K in QuizKind]: (props: QuizViewProps<K>) => ReactNode } = {
  choice: ChoiceQuestion,
  numeric: NumericQuestion,
};
