// Orders strings by UTF-16 code units, so that every sorted output is the same on every machine and in every locale.

/** Sort comparator in code-unit order, unlike localeCompare. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
