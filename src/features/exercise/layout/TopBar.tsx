import type { ReactNode } from 'react';
import { LearningRateControl } from '../controls/LearningRateControl';
import { StepButtons } from '../controls/StepButtons';
import { useAppStore } from '../../../store/store';
import { formatCount } from '../../../ui/format';
import { useLanguage, useTranslation } from '../../../ui/use-translation';
import { MoreMenu } from './MoreMenu';

interface TopBarProps {
  /** Whether the step buttons and η are in a teacher's `controls=` link (or no link limits them). */
  showSteps: boolean;
  showLearningRate: boolean;
  /** The settings drawer's id, whether it is open, and how to open or close it. */
  settingsId: string;
  settingsOpen: boolean;
  onToggleSettings: () => void;
  /** What the "more" menu holds (share link, projector mode, shortcuts). */
  more: ReactNode;
}

/**
 * The exercise's slim bar, sticky while the exercise is in view: the steps, train/pause, reset
 * and the gradients switch, the iteration, η, the settings drawer's button and the "more" menu.
 * On a phone the same bar sits at the bottom of the screen (exercise-layout.css).
 */
export function TopBar(props: TopBarProps) {
  const t = useTranslation();
  const language = useLanguage();
  const iteration = useAppStore((state) => state.session.iteration);
  return (
    <div className="exercise-topbar" role="group" aria-label={t('exercise.topBar')}>
      {props.showSteps && <StepButtons />}
      <p className="exercise-counter">
        {t('exercise.iterationCounter', { iteration: formatCount(iteration, language) })}
      </p>
      {props.showLearningRate && <LearningRateControl wideToggle={false} compact />}
      <div className="exercise-topbar__menus">
        <button
          type="button"
          className="exercise-settings-toggle"
          aria-expanded={props.settingsOpen}
          aria-controls={props.settingsId}
          onClick={props.onToggleSettings}
        >
          <span aria-hidden="true" className="exercise-topbar__icon">
            ⚙
          </span>
          {t('exercise.settings')}
        </button>
        <MoreMenu>{props.more}</MoreMenu>
      </div>
    </div>
  );
}
