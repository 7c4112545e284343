import { lazy, Suspense, useRef } from 'react';
import { AutoSettings } from '../components/controls/AutoSettings';
import { ExampleEditor } from '../components/controls/ExampleEditor';
import { LearningRateControl } from '../components/controls/LearningRateControl';
import { ModelChoices } from '../components/controls/ModelChoices';
import { ParameterEditor } from '../components/controls/ParameterEditor';
import { ShareLink } from '../components/controls/ShareLink';
import { StartControls } from '../components/controls/StartControls';
import { StepButtons } from '../components/controls/StepButtons';
import { LiveEquations } from '../components/equations/LiveEquations';
import { NetworkDiagram } from '../components/network-diagram/NetworkDiagram';
import { PhaseBanner } from '../components/readouts/PhaseBanner';
import { Readouts } from '../components/readouts/Readouts';
import { StatusMessages } from '../components/readouts/StatusMessages';
import { useTranslation } from '../components/ui/use-translation';
import type { ExerciseControl } from '../store/link-settings';
import { useAppStore } from '../store/store';
import { ShortcutHelp } from './ShortcutHelp';
import { useAutoTrain } from './use-auto-train';
import { useExerciseShortcuts } from './use-exercise-shortcuts';

// recharts is large and not needed for the first paint
const LossChart = lazy(() =>
  import('../components/loss-chart/LossChart').then((module) => ({ default: module.LossChart })),
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
      id="backprop-widget"
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
          <Suspense fallback={<div className="chart-placeholder" aria-hidden="true" />}>
            <LossChart />
          </Suspense>
        </div>
        <aside className="exercise-side" aria-label={t('exercise.controls')}>
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
