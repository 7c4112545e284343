import { useId, useState } from 'react';
import { parseTypedNumber } from '../../../ui/parse-number';

interface NumberFieldProps {
  label: string;
  /** The committed value, already formatted for the current language. */
  display: string;
  /** Checks a parsed value: returns an error message, or null when acceptable. */
  validate?: (value: number) => string | null;
  /** Message for text that is not a finite number. */
  invalidMessage: string;
  onCommit: (value: number) => void;
}

/**
 * A text field for one number. It commits on Enter or when focus leaves; bad input keeps the old
 * value and says why, next to the field.
 */
export function NumberField({
  label,
  display,
  validate,
  invalidMessage,
  onCommit,
}: NumberFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const commit = () => {
    if (draft === null) return;
    const value = parseTypedNumber(draft);
    const problem = value === null ? invalidMessage : (validate?.(value) ?? null);
    setError(problem);
    if (problem === null && value !== null) {
      onCommit(value);
      setDraft(null);
    }
  };

  return (
    <div className="number-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        value={draft ?? display}
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
          if (event.key === 'Escape') {
            setDraft(null);
            setError(null);
          }
        }}
      />
      {error && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
