/**
 * The order slices are fetched and decoded in when nothing is focused: the middle slice first (the
 * one a stack or MPR opens on), then alternately below and above it, so the image the reader sees
 * fills outwards. `start` defaults to the middle (⌊n/2⌋).
 */
export function middleOut(n: number, start = Math.floor(n / 2)): number[] {
  const out: number[] = [];
  if (n <= 0) return out;
  const s = Math.min(Math.max(0, start), n - 1);
  out.push(s);
  for (let d = 1; out.length < n; d++) {
    if (s - d >= 0) out.push(s - d);
    if (s + d < n) out.push(s + d);
  }
  return out;
}

/**
 * Index in `pending` of the slice to do next: the one nearest `focus` (the slice under the cursor),
 * ties to the lower index; without focus, the first pending one (queue order). -1 when empty.
 */
export function nextPending(pending: readonly number[], focus: number | undefined): number {
  if (!pending.length) return -1;
  if (focus === undefined) return 0;
  let best = 0;
  let bestD = Infinity;
  for (let i = 0; i < pending.length; i++) {
    const d = Math.abs(pending[i] - focus);
    if (d < bestD || (d === bestD && pending[i] < pending[best])) {
      best = i;
      bestD = d;
    }
  }
  return best;
}
