/** The middle value (mean of the two middle ones for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((first, second) => first - second);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Kilobytes (1 KB = 1000 bytes, as Vite's build report counts them). */
export const kilobytes = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`;

/** Megabytes (1 MB = 10⁶ bytes), signed. */
export const megabytes = (bytes: number): string =>
  `${bytes >= 0 ? '+' : '−'}${(Math.abs(bytes) / 1e6).toFixed(2)} MB`;

export const milliseconds = (value: number): string => `${Math.round(value)} ms`;

export const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
