import type { ReactNode } from 'react';
import type { Inline, QuizKind } from '../../content/lesson/lesson-types';
import type { QuizOf } from '../../progress/answers';

/** What every kind's view is given: the quiz and its parts rendered by the lesson. */
export interface QuizViewProps<K extends QuizKind> {
  quiz: QuizOf<K>;
  question: ReactNode;
  explanation: ReactNode;
  renderInlines: (inlines: Inline[]) => ReactNode;
}
