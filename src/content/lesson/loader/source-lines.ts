/** Width of a line's leading whitespace, a tab reaching the next multiple of 4 columns. */
export function indentWidth(line: string): number {
  let width = 0;
  for (const char of line) {
    if (char === ' ') width += 1;
    else if (char === '\t') width += 4 - (width % 4);
    else break;
  }
  return width;
}

export function isBlank(line: string): boolean {
  return line.trim() === '';
}

/** The line without its first four columns of indentation (a tab counts as four). */
export function dedent(line: string): string {
  let width = 0;
  let index = 0;
  while (index < line.length && width < 4) {
    const char = line[index];
    if (char === ' ') width += 1;
    else if (char === '\t') width += 4 - (width % 4);
    else break;
    index += 1;
  }
  return line.slice(index);
}

/** An opening code fence: up to 3 spaces, then 3+ backticks (info without backticks) or tildes. */
const FENCE_OPEN = /^ {0,3}(`{3,}(?=[^`]*$)|~{3,})/;

/**
 * Follows fenced code blocks line by line, so that syntax inside a fence (a quiz shown as an
 * example, a callout header in a code sample) is left alone.
 */
export class FenceTracker {
  private fence: { char: string; length: number } | null = null;

  get inside(): boolean {
    return this.fence !== null;
  }

  /** Feeds the next line; true when it belongs to a fence (its opening, body or closing). */
  step(line: string): boolean {
    if (this.fence) {
      const { char, length } = this.fence;
      const closing = new RegExp(`^ {0,3}\\${char}{${length},}\\s*$`);
      if (closing.test(line)) this.fence = null;
      return true;
    }
    const open = FENCE_OPEN.exec(line);
    if (!open?.[1]) return false;
    this.fence = { char: open[1][0] ?? '`', length: open[1].length };
    return true;
  }
}
