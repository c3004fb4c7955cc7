export interface BValueGroup<T> {
  /** Representative b-value (s/mm²): the group's median. */
  readonly bValue: number;
  readonly items: readonly T[];
}

export interface GroupByBValueOptions {
  /** b-values closer than this (s/mm²) are one shell (scanners report 995 and 1000 for one b). Default 5. */
  readonly tolerance?: number;
}

/**
 * Group diffusion images (one or several series) by b-value into stacks, ascending b. Items whose
 * b-value is undefined are returned in `unknown`.
 */
export function groupByBValue<T>(
  items: readonly T[],
  bValueOf: (item: T) => number | undefined,
  options: GroupByBValueOptions = {},
): { groups: BValueGroup<T>[]; unknown: T[] } {
  const tol = options.tolerance ?? 5;
  const known: [number, T][] = [];
  const unknown: T[] = [];
  for (const it of items) {
    const b = bValueOf(it);
    if (b === undefined) unknown.push(it);
    else known.push([b, it]);
  }
  known.sort((a, b) => a[0] - b[0]);
  const groups: { bs: number[]; items: T[] }[] = [];
  for (const [b, it] of known) {
    const g = groups[groups.length - 1];
    if (g && b - g.bs[g.bs.length - 1] <= tol) {
      g.bs.push(b);
      g.items.push(it);
    } else groups.push({ bs: [b], items: [it] });
  }
  return { groups: groups.map((g) => ({ bValue: g.bs[g.bs.length >> 1], items: g.items })), unknown };
}
