import { useState, type KeyboardEvent } from 'react';
import { ARCHITECTURE_FIELD_LIMITS, type ArchitectureField } from '../model/architecture';
import { parseTypedNumber } from '../../../ui/parse-number';
import { useFormatField } from '../../../ui/use-number-format';
import { useArchitectureStore } from '../store';

interface NumberSettingProps {
  field: ArchitectureField;
  label: string;
  disabled?: boolean;
}

/** True when `value` can be used as typed (in range, whole where the field needs it). */
function acceptable(field: ArchitectureField, value: number): boolean {
  const { low, high, integer } = ARCHITECTURE_FIELD_LIMITS[field];
  return value >= low && value <= high && (!integer || Number.isInteger(value));
}

/**
 * A labelled number field bound to one setting, written in the app's number format (0,03 or
 * 1·10⁻⁴; whole numbers as plain digits) and read back in either convention: values in range apply
 * as they are typed; a value out of range is clamped by the store (with a notice) when the field is
 * left or Enter is pressed.
 */
export function NumberSetting({ field, label, disabled = false }: NumberSettingProps) {
  const value = useArchitectureStore((state) => state.config[field]);
  const setField = useArchitectureStore((state) => state.setField);
  const formatField = useFormatField();
  const [draft, setDraft] = useState<string | null>(null);
  // a seed such as 2147483646 keeps every digit: a whole number is shown as it is
  const shown = ARCHITECTURE_FIELD_LIMITS[field].integer ? String(value) : formatField(value);

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
        type="text"
        inputMode="decimal"
        size={8}
        value={draft ?? shown}
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
