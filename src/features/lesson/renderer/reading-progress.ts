/** Where the reader is in the lesson: the section in view and the sections already read. */
export interface ReadingState {
  /** The section in the reading band (the first one in lesson order when several are). */
  current: string | null;
  /** Sections in the reading band now. */
  visible: readonly string[];
  /** Sections that left the reading band upwards after being in it: read, not jumped over. */
  read: readonly string[];
}

/** What an observer reported about one section. */
export interface SectionSighting {
  id: string;
  /** The section overlaps the reading band. */
  visible: boolean;
  /** The section's end is above the reading band: the reader has gone past it. */
  passed: boolean;
}

export const NOT_STARTED: ReadingState = { current: null, visible: [], read: [] };

/** The reading state after `sightings`; `order` is the sections' order in the lesson. */
export function nextReading(
  state: ReadingState,
  order: readonly string[],
  sightings: readonly SectionSighting[],
): ReadingState {
  const visible = new Set(state.visible);
  const read = new Set(state.read);
  for (const { id, visible: inView, passed } of sightings) {
    if (passed && visible.has(id)) read.add(id);
    if (inView) visible.add(id);
    else visible.delete(id);
  }
  const current = order.find((id) => visible.has(id)) ?? state.current;
  return {
    current,
    visible: order.filter((id) => visible.has(id)),
    read: order.filter((id) => read.has(id)),
  };
}
