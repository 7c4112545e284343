import type { StateCreator } from 'zustand';
import type { AppState } from '../store';

/**
 * The lab sections' state: one slice per section, every key prefixed with its section's name so
 * slices never collide (for example `raceRunning`, `raceStep`).
 */
export type LabState = object;

export const createLabSlices: StateCreator<AppState, [], [], LabState> = () => ({});
