import { useSyncExternalStore } from 'react';
import { useAppStore, type AppState } from '../store/store';

/**
 * The views too costly to redraw on every animation frame of auto-training: the recharts curve,
 * the KaTeX equations, and the panels of numbers (read-outs, value table, parameter fields).
 */
export type ThrottledView = 'chart' | 'equations' | 'numbers';

const VIEWS: readonly ThrottledView[] = ['chart', 'equations', 'numbers'];

/** While training runs, one view is refreshed per tick, in turn: each every 3 × TICK_MS. */
export const TICK_MS = 100;

/** What each view shows: the store's state, or while training runs, the state at its last turn. */
const shown = new Map<ThrottledView, AppState>();
const listeners = new Map<ThrottledView, Set<() => void>>(VIEWS.map((view) => [view, new Set()]));
let unsubscribeStore: (() => void) | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;
let turn = 0;

const listening = (view: ThrottledView) => (listeners.get(view)?.size ?? 0) > 0;
const stale = (view: ThrottledView) =>
  listening(view) && shown.get(view) !== useAppStore.getState();

function refresh(view: ThrottledView): void {
  shown.set(view, useAppStore.getState());
  for (const listener of listeners.get(view) ?? []) listener();
}

/** Refreshes the next stale view in turn (one per task, so no task redraws them all). */
function nextTurn(): void {
  timer = null;
  for (let step = 0; step < VIEWS.length; step++) {
    const view = VIEWS[turn++ % VIEWS.length] as ThrottledView;
    if (!stale(view)) continue;
    refresh(view);
    break;
  }
  if (VIEWS.some(stale)) timer = setTimeout(nextTurn, TICK_MS);
}

/** Paused: every view follows at once, so it shows the exact state. Running: in turn, per tick. */
function onStoreChange(state: AppState): void {
  if (state.running) {
    timer ??= setTimeout(nextTurn, TICK_MS);
    return;
  }
  if (timer !== null) clearTimeout(timer);
  timer = null;
  for (const view of VIEWS) if (stale(view)) refresh(view);
}

function subscribe(view: ThrottledView, listener: () => void): () => void {
  if (!VIEWS.some(listening)) unsubscribeStore = useAppStore.subscribe(onStoreChange);
  if (!listening(view)) shown.set(view, useAppStore.getState());
  listeners.get(view)?.add(listener);
  return () => {
    listeners.get(view)?.delete(listener);
    if (VIEWS.some(listening)) return;
    unsubscribeStore?.();
    unsubscribeStore = null;
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
}

const subscribers = new Map(
  VIEWS.map((view) => [view, (listener: () => void) => subscribe(view, listener)]),
);

/** Before a view has subscribers, it shows the store itself. */
const current = (view: ThrottledView): AppState =>
  (listening(view) ? shown.get(view) : undefined) ?? useAppStore.getState();

/**
 * A slice of the store for a view too costly to redraw on every animation frame: while
 * auto-training runs it is refreshed every few hundred milliseconds (the views take turns, one per
 * task); otherwise at once. `selector` must return a value held in the state (not a new object),
 * as with useAppStore.
 */
export function useThrottledStore<T>(view: ThrottledView, selector: (state: AppState) => T): T {
  return useSyncExternalStore(subscribers.get(view) as (listener: () => void) => () => void, () =>
    selector(current(view)),
  );
}
