// Number formats of the screens.

/** Hours with at most two decimals and no trailing zeros (3, 1.5, 34.17). */
export function formatHours(h: number): string {
  return String(Math.round(h * 100) / 100);
}

export function formatPercent(ratio: number): string {
  return `${(ratio * 100).toFixed(1)}%`;
}

/** A file's size as people read it: 820 B, 35.2 KB, 12.4 MB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
