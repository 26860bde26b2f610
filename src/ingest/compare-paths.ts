// Orders paths by UTF-16 code units, so that output order is the same on every machine and in every locale.

/** Sort comparator for paths (and file names): code-unit order, not locale order. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
