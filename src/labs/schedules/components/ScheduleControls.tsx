import { useId, useState } from 'react';
import type { ScheduleSettings } from '../model/schedule-comparison';
import { useFeatureTranslation } from '../../../ui/use-translation';
import { useSchedulesStore, type ScheduleField } from '../store';
import { schedulesMessages, type SchedulesMessageKey } from '../messages';

interface FieldSpec {
  field: ScheduleField;
  label: SchedulesMessageKey;
  step: string;
  read: (settings: ScheduleSettings) => number;
}

/** The fields, grouped as the schedules they belong to. */
const GROUPS: { legend: SchedulesMessageKey; fields: FieldSpec[] }[] = [
  {
    legend: 'lab.schedules.baseGroup',
    fields: [
      { field: 'baseRate', label: 'lab.schedules.baseRate', step: '0.1', read: (s) => s.baseRate },
    ],
  },
  {
    legend: 'lab.schedules.stepGroup',
    fields: [
      {
        field: 'stepFactor',
        label: 'lab.schedules.stepFactor',
        step: '0.05',
        read: (s) => s.step.factor,
      },
      {
        field: 'stepInterval',
        label: 'lab.schedules.stepInterval',
        step: '10',
        read: (s) => s.step.interval,
      },
    ],
  },
  {
    legend: 'lab.schedules.exponentialGroup',
    fields: [
      {
        field: 'exponentialRate',
        label: 'lab.schedules.exponentialRate',
        step: '0.001',
        read: (s) => s.exponential.rate,
      },
    ],
  },
  {
    legend: 'lab.schedules.cosineGroup',
    fields: [
      {
        field: 'cosineMinimum',
        label: 'lab.schedules.cosineMinimum',
        step: '0.01',
        read: (s) => s.cosine.minimum,
      },
      {
        field: 'cosinePeriod',
        label: 'lab.schedules.cosinePeriod',
        step: '10',
        read: (s) => s.cosine.period,
      },
    ],
  },
];

/** η₀ and each schedule's parameters; every valid change recomputes the four runs. */
export function ScheduleControls() {
  const t = useFeatureTranslation(schedulesMessages);
  return (
    <div className="lab-controls schedules-controls">
      {GROUPS.map((group) => (
        <fieldset key={group.legend}>
          <legend>{t(group.legend)}</legend>
          {group.fields.map((spec) => (
            <ScheduleInput key={spec.field} spec={spec} />
          ))}
        </fieldset>
      ))}
    </div>
  );
}

function ScheduleInput({ spec }: { spec: FieldSpec }) {
  const t = useFeatureTranslation(schedulesMessages);
  const errorId = useId();
  const settings = useSchedulesStore((state) => state.settings);
  const invalidField = useSchedulesStore((state) => state.invalid);
  const setField = useSchedulesStore((state) => state.set);
  const [draft, setDraft] = useState(String(spec.read(settings)));
  const invalid = invalidField === spec.field;
  return (
    <label>
      {t(spec.label)}
      <input
        type="number"
        min="0"
        step={spec.step}
        inputMode="decimal"
        value={draft}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId : undefined}
        onChange={(event) => {
          setDraft(event.target.value);
          const value = event.target.value.trim() === '' ? Number.NaN : Number(event.target.value);
          setField(spec.field, value);
        }}
      />
      {invalid && (
        <span id={errorId} className="schedules-invalid">
          {t('lab.schedules.invalid', { field: t(spec.label) })}
        </span>
      )}
    </label>
  );
}
