import { LabToolbar } from '../../shared/LabToolbar';
import { useArchitectureStore } from '../store';

/** The top bar: Train/Pause (one toggle), one step, and back to the initial weights. */
export function RunButtons() {
  const running = useArchitectureStore((state) => state.status === 'running');
  const play = useArchitectureStore((state) => state.play);
  const pause = useArchitectureStore((state) => state.pause);
  const step = useArchitectureStore((state) => state.step);
  const reset = useArchitectureStore((state) => state.reset);
  return (
    <LabToolbar train={{ running, onTrain: play, onPause: pause }} onStep={step} onReset={reset} />
  );
}
