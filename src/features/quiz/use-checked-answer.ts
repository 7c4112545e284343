import { useEffect, useRef } from 'react';
import type { QuizKind } from '../../content/lesson/lesson-types';
import type { QuizOf, ResponseOf } from '../../progress/answers';
import { answerFor } from '../../progress/lesson-progress';
import { useAppStore } from '../../store/store';

/**
 * The quiz's latest checked answer when it is a valid attempt at the quiz as it is now (else
 * null), with the store's `answer` and `retry` for it.
 */
export function useCheckedAnswer<K extends QuizKind>(quiz: QuizOf<K>) {
  const stored = useAppStore((state) => answerFor(quiz, state.answers));
  const answer = useAppStore((state) => state.answer);
  const retry = useAppStore((state) => state.retry);
  return {
    checked: stored as (ResponseOf<K> & { correct: boolean }) | null,
    check: (response: ResponseOf<K>) => answer(quiz, response),
    retry: () => retry(quiz.id),
  };
}

/**
 * Focus after checking moves to the result line (read out at once), after "Tentar de novo" to
 * the first field: `focusAfterRender` says which, the effect does it once the new state has
 * rendered.
 */
export function useQuizFocus(checkedKey: unknown) {
  const focusNext = useRef<'result' | 'field' | null>(null);
  const focusAfterRender = (target: 'result' | 'field') => {
    focusNext.current = target;
  };
  const resultRef = useRef<HTMLParagraphElement>(null);
  const fieldRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusNext.current === 'result') resultRef.current?.focus();
    if (focusNext.current === 'field') fieldRef.current?.focus();
    focusNext.current = null;
  }, [checkedKey]);
  return { focusAfterRender, resultRef, fieldRef };
}
