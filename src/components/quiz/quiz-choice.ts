/** The selection after toggling option `index`: a radio replaces it, a checkbox flips it. */
export function toggleChoice(selection: readonly number[], index: number, multiple: boolean) {
  if (!multiple) return [index];
  return selection.includes(index)
    ? selection.filter((chosen) => chosen !== index)
    : [...selection, index].sort((a, b) => a - b);
}
