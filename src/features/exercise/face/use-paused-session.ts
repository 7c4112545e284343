import { useSyncExternalStore } from 'react';
import type { ExerciseSession } from '../../../core/exercise/session';
import { useAppStore } from '../../../store/store';

/** The exercise's session when training last stood still (kept while anyone listens). */
let pausedSession: ExerciseSession = useAppStore.getState().session;
const listeners = new Set<() => void>();
let unsubscribeStore: (() => void) | null = null;

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) {
    pausedSession = useAppStore.getState().session;
    unsubscribeStore = useAppStore.subscribe((state) => {
      if (state.running || state.session === pausedSession) return;
      pausedSession = state.session;
      for (const notify of listeners) notify();
    });
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    unsubscribeStore?.();
    unsubscribeStore = null;
  };
}

const snapshot = () => (listeners.size > 0 ? pausedSession : useAppStore.getState().session);

/**
 * The exercise's session, standing still while it auto-trains and catching up when it pauses:
 * for views whose work (a graph layout, a sweep of finite differences) is too costly to redo
 * during training and would only show a blur of iterations.
 */
export function usePausedSession(): ExerciseSession {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
