import type { StateCreator } from 'zustand';
import type { AppState } from '../store';
import { createArchitectureSlice, type ArchitectureSlice } from './architecture-slice';
import { createChallengesSlice, type ChallengesSlice } from './challenges-slice';
import { createVanishingSlice, type VanishingSlice } from './vanishing-slice';
import { createOverfittingSlice, type OverfittingSlice } from './overfitting-slice';
import { createLossComparisonSlice, type LossComparisonSlice } from './loss-comparison-slice';
import { createRaceSlice, type RaceSlice } from './race-slice';
import { createSchedulesSlice, type SchedulesSlice } from './schedules-slice';
import { createGraphSlice, type GraphSlice } from './graph-slice';
import { createGradientCheckSlice, type GradientCheckSlice } from './gradient-check-slice';

/**
 * The lab sections' state: one slice per section (in the order of LAB_IDS), every key prefixed
 * with its section's name so slices never collide (for example `raceRunning`, `raceStep`).
 */
export type LabState = ArchitectureSlice &
  ChallengesSlice &
  VanishingSlice &
  OverfittingSlice &
  LossComparisonSlice &
  RaceSlice &
  SchedulesSlice &
  GraphSlice &
  GradientCheckSlice;

export const createLabSlices: StateCreator<AppState, [], [], LabState> = (...args) => ({
  ...createArchitectureSlice(...args),
  ...createChallengesSlice(...args),
  ...createVanishingSlice(...args),
  ...createOverfittingSlice(...args),
  ...createLossComparisonSlice(...args),
  ...createRaceSlice(...args),
  ...createSchedulesSlice(...args),
  ...createGraphSlice(...args),
  ...createGradientCheckSlice(...args),
});
