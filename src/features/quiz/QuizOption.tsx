import type { ReactNode, Ref } from 'react';
import type { MessageKey } from '../../content/ui/messages';
import type { OptionVerdict } from '../../progress/kinds/choice/score';
import { useTranslation } from '../../ui/use-translation';
import { VerdictIcon } from './VerdictIcon';

const VERDICT_TEXT: Record<Exclude<OptionVerdict, null>, MessageKey> = {
  correct: 'quiz.verdict.correct',
  incorrect: 'quiz.verdict.incorrect',
  missed: 'quiz.verdict.missed',
};

interface QuizOptionProps {
  id: string;
  name: string;
  /** The option's index in the lesson file (what is saved), whatever its place on screen. */
  value: number;
  multiple: boolean;
  checked: boolean;
  /** After checking: the option is shown with its verdict and can no longer change. */
  locked: boolean;
  verdict: OptionVerdict;
  onToggle: () => void;
  children: ReactNode;
  inputRef?: Ref<HTMLInputElement>;
}

/** One answer: a native radio or checkbox, its label and, once checked, its verdict in words. */
export function QuizOption(props: QuizOptionProps) {
  const { id, name, value, multiple, checked, locked, verdict, onToggle, children, inputRef } =
    props;
  const t = useTranslation();
  const feedbackId = `${id}-verdict`;
  return (
    <div className={`quiz-option${verdict ? ` quiz-option-${verdict}` : ''}`}>
      <input
        ref={inputRef}
        id={id}
        type={multiple ? 'checkbox' : 'radio'}
        name={name}
        value={value}
        checked={checked}
        disabled={locked}
        onChange={onToggle}
        aria-describedby={verdict ? feedbackId : undefined}
      />
      <label htmlFor={id}>{children}</label>
      {verdict && (
        <span id={feedbackId} className="quiz-verdict">
          <VerdictIcon verdict={verdict} />
          {t(VERDICT_TEXT[verdict])}
        </span>
      )}
    </div>
  );
}
