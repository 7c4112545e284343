/**
 * The lab's sections, by the id used in `?view=lab&id=…` and in the lesson's placeholders
 * (`<div id="lab" data-lab="…"></div>`). Each one's component lives in
 * src/components/lab/<id>/index.tsx (default export) and is loaded only when drawn.
 */
export const LAB_IDS = [
  'architecture',
  'challenges',
  'vanishing-gradients',
  'overfitting',
  'loss-comparison',
  'optimizer-race',
  'schedules',
  'computational-graph',
  'gradient-check',
] as const;
export type LabId = (typeof LAB_IDS)[number];

/** True when `value` names a lab section. */
export function isLabId(value: unknown): value is LabId {
  return typeof value === 'string' && (LAB_IDS as readonly string[]).includes(value);
}
