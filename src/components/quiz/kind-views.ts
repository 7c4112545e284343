import type { ReactNode } from 'react';
import type { Inline, QuizKind } from '../../content/lesson/lesson-types';
import type { QuizOf } from '../../progress/answers';
import { ChoiceQuestion } from './kinds/ChoiceQuestion';
import { NumericQuestion } from './kinds/NumericQuestion';

/** What every kind's view is given: the quiz and its parts rendered by the lesson. */
export interface QuizViewProps<K extends QuizKind> {
  quiz: QuizOf<K>;
  question: ReactNode;
  explanation: ReactNode;
  renderInlines: (inlines: Inline[]) => ReactNode;
}

/** Each quiz kind's view, once (the kinds themselves are in src/progress/kinds/registry.ts). */
export const QUIZ_VIEWS: { [K in QuizKind]: (props: QuizViewProps<K>) => ReactNode } = {
  choice: ChoiceQuestion,
  numeric: NumericQuestion,
};
