import { createContext, type ComponentType } from 'react';
import type { Lesson, WidgetName } from '../../../content/lesson/lesson-types';

/** What a widget receives: the data-* attributes of its placeholder. */
export interface WidgetProps {
  attributes: Record<string, string>;
}

/** The components mounted in place of widget placeholders, by name; a missing one draws nothing. */
export type WidgetRegistry = Partial<Record<WidgetName, ComponentType<WidgetProps>>>;

/** Where the lesson's own links lead, as the app composes the page; a missing one is not drawn. */
export interface LessonLinks {
  /** The section where the exercise's challenges are taken. */
  challenges?: string;
}

export interface LessonContextValue {
  lesson: Lesson;
  widgets: WidgetRegistry;
  links: LessonLinks;
}

/** The lesson being drawn and its widgets, for blocks deep in the tree (results panel, widgets). */
export const LessonContext = createContext<LessonContextValue | null>(null);
