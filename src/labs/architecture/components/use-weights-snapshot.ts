import { useEffect, useState } from 'react';
import type { NetworkParameters } from '../../../core/types';
import { architectureRun, useArchitectureStore, type ArchitectureState } from '../store';

/** While training runs, the drawn weights follow at most this often. */
const REFRESH_MS = 250;

const read = (state: ArchitectureState): NetworkParameters | null =>
  state.stats ? architectureRun(state).trainer.parameters() : null;

/**
 * A plain snapshot of the network's weights for the drawing: at once after a change of shape or
 * a pause, step or reset, and while training at most every REFRESH_MS (not every frame).
 */
export function useWeightsSnapshot(): NetworkParameters | null {
  const [snapshot, setSnapshot] = useState(() => read(useArchitectureStore.getState()));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const refresh = () => {
      timer = null;
      setSnapshot(read(useArchitectureStore.getState()));
    };
    const unsubscribe = useArchitectureStore.subscribe((state, previous) => {
      if (state.stats === previous.stats && state.config === previous.config) return;
      if (state.status === 'running' && state.config === previous.config) {
        timer ??= setTimeout(refresh, REFRESH_MS);
        return;
      }
      if (timer !== null) clearTimeout(timer);
      refresh();
    });
    return () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    };
  }, []);
  return snapshot;
}
