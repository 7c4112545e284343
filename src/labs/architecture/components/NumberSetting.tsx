import { useState, type KeyboardEvent } from 'react';
import { ARCHITECTURE_FIELD_LIMITS, type ArchitectureField } from '../model/architecture';
import { parseTypedNumber } from '../../../ui/parse-number';
import { useArchitectureStore } from '../store';

interface NumberSettingProps {
  field: ArchitectureField;
  label: string;
  step: number;
  disabled?: boolean;
}

/** True when `value` can be used as typed (in range, whole where the field needs it). */
function acceptable(field: ArchitectureField, value: number): boolean {
  const { low, high, integer } = ARCHITECTURE_FIELD_LIMITS[field];
  return value >= low && value <= high && (!integer || Number.isInteger(value));
}

/**
 * A labelled number field bound to one setting: values in range apply as they are typed; a value
 * out of range is clamped by the store (with a notice) when the field is left or Enter is pressed.
 */
export function NumberSetting({ field, label, step, disabled = false }: NumberSettingProps) {
  const value = useArchitectureStore((state) => state.config[field]);
  const setField = useArchitectureStore((state) => state.setField);
  const [draft, setDraft] = useState<string | null>(null);
  const { low, high } = ARCHITECTURE_FIELD_LIMITS[field];

  const commit = () => {
    if (draft === null) return;
    const parsed = parseTypedNumber(draft);
    setDraft(null);
    if (parsed !== null && parsed !== value) setField(field, parsed);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') commit();
  };

  return (
    <label>
      {label}
      <input
        type="number"
        inputMode="decimal"
        min={low}
        max={high}
        step={step}
        value={draft ?? String(value)}
        disabled={disabled}
        onChange={(event) => {
          const text = event.target.value;
          setDraft(text);
          const parsed = parseTypedNumber(text);
          if (parsed !== null && parsed !== value && acceptable(field, parsed)) {
            setField(field, parsed);
          }
        }}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
    </label>
  );
}
