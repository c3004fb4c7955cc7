/**
 * Integer voxel offsets (di, dj, dk) whose centres lie within radiusMm (inclusive) of the
 * central voxel's centre, for a grid with the given spacing (mm).
 */
export function sphereOffsets(spacing: readonly [number, number, number], radiusMm: number): Int32Array {
  const [si, sj, sk] = spacing;
  const ri = Math.floor(radiusMm / si), rj = Math.floor(radiusMm / sj), rk = Math.floor(radiusMm / sk);
  const r2 = radiusMm * radiusMm * (1 + 1e-12);
  const out: number[] = [];
  for (let k = -rk; k <= rk; k++)
    for (let j = -rj; j <= rj; j++)
      for (let i = -ri; i <= ri; i++) if ((i * si) ** 2 + (j * sj) ** 2 + (k * sk) ** 2 <= r2) out.push(i, j, k);
  return Int32Array.from(out);
}
