import type { RawSlice } from './expandSlices';

/** Geometry that must agree across a stack: size, orientation (to 1e-3), pixel spacing (to 1e-3 mm). */
function stackKey(s: RawSlice): string {
  const r = (v: number) => (Math.round(v * 1000) / 1000).toFixed(3);
  const o = s.orientation ? s.orientation.map(r).join(',') : 'no-orientation';
  const p = s.pixelSpacing ? s.pixelSpacing.map(r).join(',') : 'no-spacing';
  return `${s.instance.rows}x${s.instance.columns}|${o}|${p}`;
}

function describe(key: string): string {
  const [size, o, p] = key.split('|');
  return `${size} px, orientation [${o}], pixel spacing [${p}]`;
}

/**
 * Split a series' slices into geometrically consistent stacks, largest first, each with a reason
 * when there is more than one.
 */
export function partitionStacks(slices: readonly RawSlice[]): { slices: RawSlice[]; splitReason?: string }[] {
  const groups = new Map<string, RawSlice[]>();
  for (const s of slices) {
    const k = stackKey(s);
    const g = groups.get(k);
    if (g) g.push(s);
    else groups.set(k, [s]);
  }
  const entries = [...groups.entries()].sort((a, b) => b[1].length - a[1].length);
  if (entries.length === 1) return [{ slices: entries[0][1] }];
  return entries.map(([key, g]) => ({
    slices: g,
    splitReason: `series mixes ${entries.length} image geometries; this stack has ${g.length} slice(s) with ${describe(key)}`,
  }));
}
