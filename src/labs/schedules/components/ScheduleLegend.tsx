import { SCHEDULES } from '../../../core/training/schedules';
import { useFeatureTranslation } from '../../../ui/use-translation';
import { SeriesLegend } from '../../shared/series/SeriesLegend';
import { SCHEDULE_SERIES } from './schedule-series';
import { schedulesMessages } from '../messages';

/** Each schedule's name beside a sample of its line: colour, dash pattern and marker. */
export function ScheduleLegend() {
  const t = useFeatureTranslation(schedulesMessages);
  return (
    <SeriesLegend
      className="schedules-legend"
      label={t('lab.schedules.legend')}
      names={SCHEDULES}
      styles={SCHEDULE_SERIES}
      nameOf={(name) => t(`lab.schedules.name.${name}`)}
    />
  );
}
