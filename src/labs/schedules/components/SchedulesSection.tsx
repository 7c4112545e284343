import { useEffect, useState } from 'react';
import {
  lowestFinalLoss,
  SCHEDULE_BATCH_SIZE,
  SCHEDULE_NETWORK,
} from '../model/schedule-comparison';
import { formatCount, formatValue } from '../../../ui/format';
import { useLanguage, useFeatureTranslation } from '../../../ui/use-translation';
import { LabFrame } from '../../shared/LabFrame';
import { ScheduleChart } from './ScheduleChart';
import { ScheduleControls } from './ScheduleControls';
import { ScheduleLegend } from './ScheduleLegend';
import { ScheduleTables } from './ScheduleTables';
import { useSchedulesStore } from '../store';
import { schedulesMessages } from '../messages';
import './schedules.css';

/**
 * Constant, step, exponential and cosine schedules from the same start: η(t) and the loss each
 * produces, recomputed whenever η₀ or a schedule's parameter changes.
 */
export default function SchedulesSection() {
  const t = useFeatureTranslation(schedulesMessages);
  const language = useLanguage();
  const ensure = useSchedulesStore((state) => state.ensure);
  useEffect(ensure, [ensure]);
  const runs = useSchedulesStore((state) => state.runs);
  const steps = useSchedulesStore((state) => state.settings.steps);
  const reset = useSchedulesStore((state) => state.reset);
  // remounting the fields puts their text back to the restored values
  const [generation, setGeneration] = useState(0);
  const architecture = [
    SCHEDULE_NETWORK.inputSize,
    ...SCHEDULE_NETWORK.layers.map((layer) => layer.size),
  ]
    .map((size) => formatCount(size, language))
    .join('–');
  const values = {
    architecture,
    batch: formatCount(SCHEDULE_BATCH_SIZE, language),
    steps: formatCount(steps, language),
  };
  return (
    <LabFrame
      id="schedules"
      title={t('lab.schedules.title')}
      intro={<p>{t('lab.schedules.intro', values)}</p>}
      more={<p>{t('lab.schedules.more', values)}</p>}
      toolbar={
        // nothing trains here step by step: the one action puts the settings back
        <button
          type="button"
          className="primary lab-primary"
          onClick={() => {
            reset();
            setGeneration((value) => value + 1);
          }}
        >
          {t('lab.schedules.reset')}
        </button>
      }
      settings={<ScheduleControls key={generation} />}
    >
      {runs && (
        <>
          <ScheduleLegend />
          <div className="schedules-charts">
            <ScheduleChart runs={runs} series="rates" />
            <ScheduleChart runs={runs} series="losses" />
          </div>
          <p className="lab-summary" aria-live="polite">
            {t('lab.schedules.summary', {
              steps: formatCount(runs[0]?.rates.length ?? 0, language),
              // runSchedule records steps + 1 ≥ 2 losses, so each run has a last one
              list: runs
                .map((run) =>
                  t('lab.schedules.summaryItem', {
                    name: t(`lab.schedules.name.${run.name}`),
                    loss: formatValue(run.losses.at(-1)!, language),
                  }),
                )
                .join('; '),
              best: t(`lab.schedules.name.${lowestFinalLoss(runs).name}`),
            })}
          </p>
          <ScheduleTables runs={runs} />
        </>
      )}
    </LabFrame>
  );
}
