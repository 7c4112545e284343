import './quiz.css';
import type { ReactNode } from 'react';
import type { Inline, Quiz, QuizKind } from '../../content/lesson/lesson-types';
import { QUIZ_VIEWS, type QuizViewProps } from './kind-views';

export interface QuizCardProps {
  /** The quiz's data: its id, kind and key. */
  quiz: Quiz;
  /** The question, already rendered; it names the fieldset (any flow content: formulas, lists). */
  question: ReactNode;
  /** The explanation, already rendered; shown after checking. */
  explanation: ReactNode;
  /** Draws inline lesson content the kind holds (each option's text). */
  renderInlines: (inlines: Inline[]) => ReactNode;
}

/**
 * A quiz as its kind shows it (see kind-views.ts): options to tick or a number to type,
 * "Verificar", the verdict in words, the explanation and "Tentar de novo". The progress domain
 * scores the answer; the latest checked one lives in the store, so it survives a reload.
 */
export function QuizCard({ quiz, ...parts }: QuizCardProps) {
  const View = QUIZ_VIEWS[quiz.kind] as (props: QuizViewProps<QuizKind>) => ReactNode;
  return <View quiz={quiz} {...parts} />;
}
