import { lazy, Suspense, useRef } from 'react';
import { AutoSettings } from './controls/AutoSettings';
import { ExampleEditor } from './controls/ExampleEditor';
import { LearningRateControl } from './controls/LearningRateControl';
import { ModelChoices } from './controls/ModelChoices';
import { ParameterEditor } from './controls/ParameterEditor';
import { PresetPicker } from './controls/PresetPicker';
import { ShareLink } from './controls/ShareLink';
import { StartControls } from './controls/StartControls';
import { StepButtons } from './controls/StepButtons';
import { LiveEquations } from './equations/LiveEquations';
import { NetworkDiagram } from './network-diagram/NetworkDiagram';
import { PhaseBanner } from './readouts/PhaseBanner';
import { Readouts } from './readouts/Readouts';
import { StatusMessages } from './readouts/StatusMessages';
import { useTranslation } from '../../ui/use-translation';
import type { ExerciseControl } from '../../store/link-settings';
import { useAppStore } from '../../store/store';
import { EXERCISE_ELEMENT_ID } from './face/exercise-status';
import { HandCalculationPanel } from './hand-calculation/HandCalculationPanel';
import { PredictionsPanel } from './predictions/PredictionsPanel';
import { ShortcutHelp } from './ShortcutHelp';
import { useAutoTrain } from './use-auto-train';
import { useExerciseShortcuts } from './use-exercise-shortcuts';

// recharts is large and not needed for the first paint
const LossChart = lazy(() =>
  import('./loss-chart/LossChart').then((module) => ({ default: module.LossChart })),
);

/**
 * The exercise "Backpropagation – Passo a Passo": controls, network, read-outs, equations, loss
 * curve. A teacher's link may show only some of the controls (`controls=steps,learningRate`).
 */
export function ExerciseSection() {
  const t = useTranslation();
  const container = useRef<HTMLElement>(null);
  useExerciseShortcuts(container);
  useAutoTrain();
  const shownControls = useAppStore((state) => state.shownControls);
  const projector = useAppStore((state) => state.projector);
  const setProjector = useAppStore((state) => state.setProjector);
  const shown = (control: ExerciseControl) => shownControls?.includes(control) ?? true;
  return (
    <section
      ref={container}
      className="exercise"
      aria-labelledby="exercise-title"
      tabIndex={-1}
      id={EXERCISE_ELEMENT_ID}
    >
      <header className="exercise-header">
        <h2 id="exercise-title">{t('exercise.title')}</h2>
        <p>{t('exercise.intro')}</p>
        <p className="notation">{t('exercise.notation')}</p>
      </header>
      <div className="exercise-layout">
        <div className="exercise-main">
          <PhaseBanner />
          {shown('steps') && <StepButtons />}
          <StatusMessages />
          <NetworkDiagram />
          {/* below the diagram, so that stepping keeps the network under the step buttons */}
          {shown('steps') && <HandCalculationPanel />}
          {shown('steps') && <PredictionsPanel />}
          <Suspense fallback={<div className="chart-placeholder" aria-hidden="true" />}>
            <LossChart />
          </Suspense>
        </div>
        <aside className="exercise-side" aria-label={t('exercise.controls')}>
          {shown('presets') && <PresetPicker />}
          {shown('learningRate') && <LearningRateControl />}
          {shown('model') && <ModelChoices />}
          {shown('example') && <ExampleEditor />}
          {shown('start') && <StartControls />}
          {shown('auto') && <AutoSettings />}
          {shown('parameters') && <ParameterEditor />}
          {shown('share') && <ShareLink />}
          {!projector && (
            <button type="button" className="projector-enter" onClick={() => setProjector(true)}>
              {t('projector.enter')}
            </button>
          )}
          {shown('shortcuts') && <ShortcutHelp />}
        </aside>
        <div className="exercise-details">
          <Readouts />
          <LiveEquations />
        </div>
      </div>
    </section>
  );
}
