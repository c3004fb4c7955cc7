import type { PatientPoint, Result, Volume } from '@caliper/core';
import { err, ok, patientToVoxel } from '@caliper/core';
import { floodFill26 } from './floodFill26';
import { measureLesions } from './measureLesions';
import type { BurdenLesion } from './types';

export interface AddLesionAtOptions {
  /** The run's threshold, SUVbw, inclusive (for pct41 the candidate threshold, 2.5). */
  readonly thresholdSuv: number;
  /** pct41: the lesion is the component of SUV >= fraction × the candidate's SUVmax (0.41). */
  readonly fraction?: number | null;
  /** Grid-sized; non-zero = excluded (physiological uptake, the reader's exclusion). */
  readonly exclude?: Uint8Array | null;
  /** Grid-sized; non-zero = already in a lesion (a barrier: the new lesion never takes these voxels). */
  readonly occupied?: Uint8Array | null;
  /** A click below the threshold takes the nearest voxel at threshold within this distance, mm. Default 4. */
  readonly searchRadiusMm?: number;
  /** Id of the new lesion (the result's largest id + 1). */
  readonly id: number;
  /** Grid-sized zeroed buffer for the flood marks (left zeroed); default: a new one. */
  readonly scratch?: Uint8Array;
}

/** Why no lesion was added; `voxel` is the flat index the refusal is about. */
export type AddLesionRefusal =
  | { readonly kind: 'outside'; readonly message: string }
  | { readonly kind: 'below-threshold'; readonly message: string; readonly suv: number }
  | { readonly kind: 'excluded'; readonly message: string; readonly voxel: number }
  | { readonly kind: 'in-lesion'; readonly message: string; readonly voxel: number };

export interface AddedLesion {
  readonly lesion: BurdenLesion;
  /** The lesion's flat voxel indices. */
  readonly voxels: Int32Array;
}

/**
 * The reader adds the lesion under a click: the 26-connected component of {SUV >= thresholdSuv, not
 * excluded, not in a lesion} holding the clicked voxel, or, when that voxel is below the
 * threshold, the nearest voxel at threshold within `searchRadiusMm` (mm distance between voxel
 * centres; ties to the lower flat index). pct41 (issue 14 step 3): that component is the candidate;
 * the lesion is the component of {SUV >= fraction × its SUVmax, not excluded, not in a lesion}
 * holding its SUVmax voxel (the first in scan order on ties), as growPct41Regions grows it.
 * Measured by measureLesions like every other lesion. Refused, with the reason, when the point is
 * outside the image, below the threshold, or its voxel is excluded or already in a lesion.
 */
export function addLesionAt(volume: Volume, pointMm: PatientPoint, options: AddLesionAtOptions): Result<AddedLesion, AddLesionRefusal> {
  const g = volume.geometry, [ni, nj, nk] = g.dimensions, nij = ni * nj, v = volume.data;
  const t = options.thresholdSuv;
  const c = patientToVoxel(g, pointMm).map(Math.round);
  if (c.some((x, d) => x < 0 || x >= g.dimensions[d])) return err({ kind: 'outside', message: 'the point is outside the PET volume' });
  const clicked = (c[2] * nj + c[1]) * ni + c[0];
  let seed = clicked;
  if (!(v[clicked] >= t)) {
    const r = options.searchRadiusMm ?? 4, sp = g.spacing;
    let best = -1, bestD = Infinity;
    const ext = [0, 1, 2].map((d) => Math.floor(r / sp[d]));
    for (let k = Math.max(0, c[2] - ext[2]); k <= Math.min(nk - 1, c[2] + ext[2]); k++)
      for (let j = Math.max(0, c[1] - ext[1]); j <= Math.min(nj - 1, c[1] + ext[1]); j++)
        for (let i = Math.max(0, c[0] - ext[0]); i <= Math.min(ni - 1, c[0] + ext[0]); i++) {
          const p = (k * nj + j) * ni + i;
          if (!(v[p] >= t)) continue;
          const d2 = ((i - c[0]) * sp[0]) ** 2 + ((j - c[1]) * sp[1]) ** 2 + ((k - c[2]) * sp[2]) ** 2;
          if (d2 <= r * r && (d2 < bestD || (d2 === bestD && p < best))) {
            best = p;
            bestD = d2;
          }
        }
    if (best < 0) {
      const suv = v[clicked];
      return err({ kind: 'below-threshold', suv, message: `SUVbw ${suv.toFixed(2)} at the point is below the threshold ${t.toFixed(2)} (no voxel at threshold within ${r} mm)` });
    }
    seed = best;
  }
  if (options.exclude?.[seed]) return err({ kind: 'excluded', voxel: seed, message: 'the point is in the excluded (physiological) uptake: erase the exclusion there first' });
  if (options.occupied?.[seed]) return err({ kind: 'in-lesion', voxel: seed, message: 'the point is already in a lesion' });
  const n = nij * nk;
  const marks = options.scratch ?? new Uint8Array(n);
  const ex = options.exclude, occ = options.occupied;
  const free = (p: number): boolean => marks[p] === 0 && !(ex && ex[p]) && !(occ && occ[p]);
  const visit = (p: number): void => {
    marks[p] = 1;
  };
  const flood = (from: number, level: number): Int32Array => {
    const f = floodFill26(g.dimensions, from, (p) => free(p) && v[p] >= level, { visit });
    const out = f.queue.slice(0, f.count);
    for (let q = 0; q < out.length; q++) marks[out[q]] = 0;
    return out;
  };
  let voxels = flood(seed, t);
  if (options.fraction) {
    let top = voxels[0];
    for (let q = 1; q < voxels.length; q++) if (v[voxels[q]] > v[top] || (v[voxels[q]] === v[top] && voxels[q] < top)) top = voxels[q];
    voxels = flood(top, options.fraction * v[top]);
  }
  voxels.sort();
  const [lesion] = measureLesions(volume, { voxels, components: [{ label: 1, voxelCount: voxels.length, start: 0, bbox: [[0, 0, 0], [0, 0, 0]] }] });
  return ok({ lesion: { ...lesion, id: options.id }, voxels });
}
