/** One direction of each ± pair of Chebyshev-distance-1 neighbours, as (di, dj, dk). */
export type Direction = readonly [number, number, number];

/** The 13 unique 3D directions (IBSI GLCM/GLRLM, 26-connected neighbourhood). */
export const DIRECTIONS_3D: readonly Direction[] = (() => {
  const out: Direction[] = [];
  for (let dk = -1; dk <= 1; dk++)
    for (let dj = -1; dj <= 1; dj++)
      for (let di = -1; di <= 1; di++) if (dk > 0 || (dk === 0 && dj > 0) || (dk === 0 && dj === 0 && di > 0)) out.push([di, dj, dk]);
  return out;
})();

/** The 4 unique in-plane directions (8-connected neighbourhood): (1,0), (1,1), (0,1), (−1,1). */
export const DIRECTIONS_2D: readonly Direction[] = [
  [1, 0, 0],
  [1, 1, 0],
  [0, 1, 0],
  [-1, 1, 0],
];

/** All 26 (3D) or 8 (2D, in-plane) neighbour offsets. */
export function neighbourOffsets(dims: readonly [number, number, number], inPlane: boolean): Int32Array {
  const out: number[] = [];
  for (let dk = inPlane ? 0 : -1; dk <= (inPlane ? 0 : 1); dk++)
    for (let dj = -1; dj <= 1; dj++) for (let di = -1; di <= 1; di++) if (di || dj || dk) out.push(di + dims[0] * (dj + dims[1] * dk));
  return Int32Array.from(out);
}

/** Linear offset of a direction in an i-fastest block. */
export const offsetOf = (d: Direction, dims: readonly [number, number, number]): number => d[0] + dims[0] * (d[1] + dims[1] * d[2]);
