import { useEffect, useId } from 'react';
import { RACE_NETWORK, RACE_STEPS } from '../model/optimizer-race';
import { distanceToMinimum, RACE_MINIMUM, RACE_WALL, raceLoss } from '../model/race-surface';
import { formatCount, formatFixed, formatValue } from '../../../ui/format';
import { useLanguage, useFeatureTranslation } from '../../../ui/use-translation';
import { LabToolbar } from '../../shared/LabToolbar';
import { LabFrame } from '../../shared/LabFrame';
import { RaceChart } from './RaceChart';
import { RaceLegend } from './RaceLegend';
import { RaceStatus } from './RaceStatus';
import { RaceSurfacePlot } from './RaceSurfacePlot';
import { RaceTables } from './RaceTables';
import { RateFields } from './RateFields';
import { useRaceLoop } from './use-race-loop';
import './optimizer-race.css';
import { useOptimizerRaceStore } from '../store';
import { optimizerRaceMessages } from '../messages';

/**
 * SGD, momentum, RMSProp and Adam from the same start: loss curves of a small network on XOR and
 * paths over a two-parameter surface whose start the learner picks.
 */
export default function OptimizerRaceSection() {
  const t = useFeatureTranslation(optimizerRaceMessages);
  const language = useLanguage();
  const hintId = useId();
  const ensure = useOptimizerRaceStore((state) => state.ensure);
  useEffect(ensure, [ensure]);
  useRaceLoop();
  const architecture = [RACE_NETWORK.inputSize, ...RACE_NETWORK.layers.map((layer) => layer.size)]
    .map((size) => formatCount(size, language))
    .join('–');
  return (
    <LabFrame
      id="optimizer-race"
      title={t('lab.optimizerRace.title')}
      intro={<p>{t('lab.optimizerRace.intro', { architecture })}</p>}
      more={<p>{t('lab.optimizerRace.more', { architecture })}</p>}
      toolbar={<RaceControls />}
      settings={
        <>
          <div className="lab-controls">
            <RateFields problem="network" />
            <RateFields problem="surface" />
          </div>
          <p className="race-note">{t('lab.optimizerRace.ratesNote')}</p>
        </>
      }
    >
      <RaceLegend />
      <RaceChart />
      <section className="race-surface-block" aria-labelledby={`${hintId}-title`}>
        <p id={`${hintId}-title`} className="race-surface-title">
          {t('lab.optimizerRace.surfaceTitle', {
            wall: formatCount(RACE_WALL, language),
            m1: formatFixed(RACE_MINIMUM.w1, language, 0),
            m2: formatFixed(RACE_MINIMUM.w2, language, 0),
          })}
        </p>
        <p id={hintId} className="race-hint">
          {t('lab.optimizerRace.hint')}
        </p>
        <div className="lab-plot">
          <RaceSurfacePlot hintId={hintId} />
        </div>
        <StartSentence />
      </section>
      <RaceStatus />
      <RaceTables architecture={architecture} />
    </LabFrame>
  );
}

/** Play/Pause, one step, reset, and how far the race has gone. */
function RaceControls() {
  const t = useFeatureTranslation(optimizerRaceMessages);
  const language = useLanguage();
  const running = useOptimizerRaceStore((state) => state.running);
  const step = useOptimizerRaceStore((state) => state.step);
  const play = useOptimizerRaceStore((state) => state.play);
  const pause = useOptimizerRaceStore((state) => state.pause);
  const advance = useOptimizerRaceStore((state) => state.advance);
  const reset = useOptimizerRaceStore((state) => state.reset);
  return (
    <>
      <LabToolbar
        train={{ running, onTrain: play, onPause: pause }}
        onStep={() => advance(1)}
        stepDisabled={running || step >= RACE_STEPS}
        onReset={reset}
      />
      <span className="race-progress">
        {t('lab.optimizerRace.progress', {
          step: formatCount(step, language),
          steps: formatCount(RACE_STEPS, language),
        })}
      </span>
    </>
  );
}

/** The chosen start in words (announced when it moves) and a button that runs from it. */
function StartSentence() {
  const t = useFeatureTranslation(optimizerRaceMessages);
  const language = useLanguage();
  const start = useOptimizerRaceStore((state) => state.start);
  const run = useOptimizerRaceStore((state) => state.run);
  const fixed = (value: number) => formatFixed(value, language, 2);
  return (
    <div className="race-start-row">
      <p aria-live="polite" className="race-start-sentence">
        {t('lab.optimizerRace.startSentence', {
          w1: fixed(start.w1),
          w2: fixed(start.w2),
          loss: formatValue(raceLoss(start), language),
          distance: formatValue(distanceToMinimum(start), language),
        })}
      </p>
      <button type="button" onClick={run}>
        {t('lab.optimizerRace.runFromStart')}
      </button>
    </div>
  );
}
