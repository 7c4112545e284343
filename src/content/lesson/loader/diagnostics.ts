/** A problem found in a lesson file, at a 1-based source line. */
export interface Diagnostic {
  line: number;
  severity: 'error' | 'warning';
  message: string;
}

/** Collects the diagnostics of one parse, in the order they are found. */
export class Diagnostics {
  readonly list: Diagnostic[] = [];

  error(line: number, message: string): void {
    this.list.push({ line, severity: 'error', message });
  }

  warning(line: number, message: string): void {
    this.list.push({ line, severity: 'warning', message });
  }

  /** Sorted by line; diagnostics on the same line keep the order they were found in. */
  sorted(): Diagnostic[] {
    return [...this.list].sort((a, b) => a.line - b.line);
  }
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((diagnostic) => diagnostic.severity === 'error');
}

/** `path:line: error|warning: message`, the format compilers use and editors link. */
export function formatDiagnostic(path: string, diagnostic: Diagnostic): string {
  return `${path}:${diagnostic.line}: ${diagnostic.severity}: ${diagnostic.message}`;
}
