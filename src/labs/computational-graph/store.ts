import { create } from 'zustand';

/**
 * How far the learner has stepped the backward pass through the exercise's graph. The graph itself
 * follows the exercise (graph-view.ts); the actions take its step count, since the graph can
 * shrink under them (another loss has fewer nodes).
 */
export interface ComputationalGraphState {
  /** Backward steps revealed so far (read through revealedCount); they run from ℓ backward. */
  revealed: number;
  next: (total: number) => void;
  previous: (total: number) => void;
  showAll: (total: number) => void;
  reset: () => void;
}

/** How many of a graph's `total` backward steps are shown: 0 (every grad hidden) … total. */
export function revealedCount(revealed: number, total: number): number {
  return Math.min(revealed, total);
}

export const useComputationalGraphStore = create<ComputationalGraphState>()((set, get) => ({
  revealed: 0,
  next: (total) => set({ revealed: Math.min(revealedCount(get().revealed, total) + 1, total) }),
  previous: (total) => set({ revealed: Math.max(revealedCount(get().revealed, total) - 1, 0) }),
  showAll: (total) => set({ revealed: total }),
  reset: () => set({ revealed: 0 }),
}));
