/** Mean of each feature over several matrices, skipping non-finite values (empty matrices); NaN if none. */
export function averageFeatures(rows: readonly (readonly number[])[], width: number): number[] {
  const out: number[] = [];
  for (let f = 0; f < width; f++) {
    let s = 0, n = 0;
    for (const r of rows)
      if (Number.isFinite(r[f])) {
        s += r[f];
        n++;
      }
    out.push(n ? s / n : NaN);
  }
  return out;
}
