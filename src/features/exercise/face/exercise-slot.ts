import { createContext, type ReactNode } from 'react';

/**
 * The exercise as the app composes it, for a section that draws it beside itself (the
 * challenges, alone in `?view=lab`, where the page has no exercise of its own). The app provides
 * it; a section never imports the app. Null where nothing is provided.
 */
export const ExerciseSlotContext = createContext<ReactNode>(null);
