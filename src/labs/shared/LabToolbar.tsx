import type { ReactNode } from 'react';
import { useFeatureTranslation } from '../../ui/use-translation';
import { labFrameMessages } from './lab-frame-messages';

/** Train/Pause as one toggle; absent in a section that only steps. */
export interface LabTrainControl {
  running: boolean;
  onTrain: () => void;
  onPause: () => void;
  /** Training cannot start (the run is finished); Pause stays available while running. */
  disabled?: boolean;
}

interface LabToolbarProps {
  train?: LabTrainControl;
  onStep?: () => void;
  stepDisabled?: boolean;
  /** A section whose step is more than one update names it (e.g. "Avançar 10 passos"). */
  stepLabel?: string;
  onReset: () => void;
  resetDisabled?: boolean;
  /** Section-specific buttons, after the shared ones. */
  children?: ReactNode;
}

/**
 * The shared verbs of a lab's top bar, in one order and one style: the first action (Train, or
 * One step where there is no training) is the filled primary button, the others are outlined.
 */
export function LabToolbar({
  train,
  onStep,
  stepDisabled,
  stepLabel,
  onReset,
  resetDisabled,
  children,
}: LabToolbarProps) {
  const t = useFeatureTranslation(labFrameMessages);
  return (
    <>
      {train && (
        <button
          type="button"
          className="primary lab-primary"
          onClick={train.running ? train.onPause : train.onTrain}
          disabled={!train.running && train.disabled}
        >
          {train.running ? t('lab.frame.pause') : t('lab.frame.train')}
        </button>
      )}
      {onStep && (
        <button
          type="button"
          className={train ? undefined : 'primary lab-primary'}
          onClick={onStep}
          disabled={stepDisabled}
        >
          {stepLabel ?? t('lab.frame.step')}
        </button>
      )}
      <button type="button" onClick={onReset} disabled={resetDisabled}>
        {t('lab.frame.reset')}
      </button>
      {children}
    </>
  );
}
