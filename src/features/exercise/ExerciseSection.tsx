import { lazy, Suspense, useId, useRef, useState } from 'react';
import { AutoSettings } from './controls/AutoSettings';
import { ExampleEditor } from './controls/ExampleEditor';
import { WideLearningRateToggle } from './controls/LearningRateControl';
import { ModelChoices } from './controls/ModelChoices';
import { ParameterEditor } from './controls/ParameterEditor';
import { PresetPicker } from './controls/PresetPicker';
import { ShareLink } from './controls/ShareLink';
import { StartControls } from './controls/StartControls';
import { NetworkDiagram } from './network-diagram/NetworkDiagram';
import { PhaseBanner } from './readouts/PhaseBanner';
import { GradientReadouts } from './readouts/Readouts';
import { StatusMessages } from './readouts/StatusMessages';
import { useTranslation } from '../../ui/use-translation';
import type { ExerciseControl } from '../../store/link-settings';
import { useAppStore } from '../../store/store';
import './layout/exercise-layout.css';
import { EXERCISE_ELEMENT_ID } from './face/exercise-status';
import { HandCalculationPanel } from './hand-calculation/HandCalculationPanel';
import { PredictionsPanel } from './predictions/PredictionsPanel';
import { ShortcutHelp } from './ShortcutHelp';
import { PhaseStepper } from './layout/PhaseStepper';
import { SettingsDrawer } from './layout/SettingsDrawer';
import { ThisPhase } from './layout/ThisPhase';
import { PhoneStepBar } from './layout/PhoneStepBar';
import { TopBar } from './layout/TopBar';
import { useMediaQuery } from '../../ui/use-media-query';
import { useHeightVariable } from './layout/use-height-variable';
import { useAutoTrain } from './use-auto-train';
import { useExerciseShortcuts } from './use-exercise-shortcuts';

// recharts is large and not needed for the first paint
const LossChart = lazy(() =>
  import('./loss-chart/LossChart').then((module) => ({ default: module.LossChart })),
);

/** Where the step controls move to the bottom bar (the same width as exercise-layout.css's phone rules). */
const PHONE_QUERY = '(max-width: 40rem)';

/**
 * The exercise "Backpropagation – Passo a Passo" on one screen: a sticky bar (steps, train/pause,
 * reset, the iteration, η, the gradients switch, the settings drawer and the "more" menu), the six
 * phases, the diagram with the gradients and the loss curve under it and "Esta fase" beside it
 * (under it, in a narrower exercise). The drawer opens over that column, so the diagram stays in
 * view while a setting changes. On a phone the step controls move to a bar at the bottom of the
 * screen. A teacher's link may show only some of the controls (`controls=steps,learningRate`).
 */
export function ExerciseSection() {
  const t = useTranslation();
  const container = useRef<HTMLElement>(null);
  const settingsHeading = useRef<HTMLHeadingElement>(null);
  const topBarSlot = useRef<HTMLDivElement>(null);
  const settingsId = useId();
  // closed at first: about eight controls at first contact, the rest one click away
  const [settingsOpen, setSettingsOpen] = useState(false);
  useExerciseShortcuts(container);
  useHeightVariable(topBarSlot, container, '--exercise-bar-height');
  useAutoTrain();
  const shownControls = useAppStore((state) => state.shownControls);
  const projector = useAppStore((state) => state.projector);
  const setProjector = useAppStore((state) => state.setProjector);
  const shown = (control: ExerciseControl) => shownControls?.includes(control) ?? true;
  // a phone's step controls sit at the bottom of the screen (PhoneStepBar), the rest of the bar on top
  const phone = useMediaQuery(PHONE_QUERY) && !projector;
  const toggleSettings = () => {
    const opening = !settingsOpen;
    setSettingsOpen(opening);
    // the panel renders on this click: move to it once it is shown
    if (opening) requestAnimationFrame(() => settingsHeading.current?.focus());
  };
  const closeSettings = () => {
    setSettingsOpen(false);
    topBarSlot.current?.querySelector<HTMLButtonElement>('.exercise-settings-toggle')?.focus();
  };
  return (
    <section
      ref={container}
      className="exercise"
      aria-labelledby="exercise-title"
      tabIndex={-1}
      id={EXERCISE_ELEMENT_ID}
    >
      {/* outside the body: its container-type containment would pin the fixed bar to it */}
      {phone && shown('steps') && <PhoneStepBar exercise={container} />}
      <div className="exercise__body">
        <header className="exercise-header">
          <h2 id="exercise-title">{t('exercise.title')}</h2>
          <p>{t('exercise.intro')}</p>
          <p className="notation">{t('exercise.notation')}</p>
        </header>
        <div ref={topBarSlot} className="exercise-topbar-slot">
          <TopBar
            showSteps={shown('steps') && !phone}
            showLearningRate={shown('learningRate')}
            settingsId={settingsId}
            settingsOpen={settingsOpen}
            onToggleSettings={toggleSettings}
            more={
              <>
                {shown('share') && <ShareLink />}
                {!projector && (
                  <button
                    type="button"
                    className="projector-enter"
                    onClick={() => setProjector(true)}
                  >
                    {t('projector.enter')}
                  </button>
                )}
                {shown('shortcuts') && <ShortcutHelp />}
              </>
            }
          />
        </div>
        <div className="exercise-phases">
          <PhaseStepper />
          <PhaseBanner />
        </div>
        <StatusMessages />
        <div className="exercise-stage">
          <div className="exercise-main">
            <NetworkDiagram />
            <GradientReadouts />
            <Suspense fallback={<div className="chart-placeholder" aria-hidden="true" />}>
              <LossChart />
            </Suspense>
            {shown('steps') && <HandCalculationPanel />}
            {shown('steps') && <PredictionsPanel />}
          </div>
          <ThisPhase covered={settingsOpen} />
          <SettingsDrawer
            id={settingsId}
            open={settingsOpen}
            headingRef={settingsHeading}
            onClose={closeSettings}
          >
            {shown('presets') && <PresetPicker />}
            {shown('learningRate') && <WideLearningRateToggle />}
            {shown('model') && <ModelChoices />}
            {shown('example') && <ExampleEditor />}
            {shown('start') && <StartControls />}
            {shown('auto') && <AutoSettings />}
            {shown('parameters') && <ParameterEditor />}
          </SettingsDrawer>
        </div>
      </div>
    </section>
  );
}
