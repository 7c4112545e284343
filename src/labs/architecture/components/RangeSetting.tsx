import { useId } from 'react';
import { ARCHITECTURE_FIELD_LIMITS, type ArchitectureField } from '../model/architecture';
import { useFormatField } from '../../../ui/use-number-format';
import { useArchitectureStore } from '../store';

interface RangeSettingProps {
  field: ArchitectureField;
  label: string;
  step: number;
  disabled?: boolean;
}

/** A labelled slider bound to one setting, its value written beside it in the app's number format. */
export function RangeSetting({ field, label, step, disabled = false }: RangeSettingProps) {
  const id = useId();
  const value = useArchitectureStore((state) => state.config[field]);
  const setField = useArchitectureStore((state) => state.setField);
  const format = useFormatField();
  const { low, high } = ARCHITECTURE_FIELD_LIMITS[field];
  return (
    <div className="architecture-range">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={low}
        max={high}
        step={step}
        value={value}
        disabled={disabled}
        aria-valuetext={format(value)}
        onChange={(event) => setField(field, Number(event.target.value))}
      />
      <output htmlFor={id}>{format(value)}</output>
    </div>
  );
}
