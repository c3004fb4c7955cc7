import type { Volume } from '@caliper/core';
import { asPatient } from '@caliper/core';
import type { CroppedMask } from '@caliper/engine';
import { measureBloodPool } from '@caliper/engine/burden/measureBloodPool';
import { measureHypoxia } from '@caliper/engine/burden/measureHypoxia';
import type { HypoxiaMeasurement, HypoxiaReference } from '@caliper/engine/burden/measureHypoxia';
import { measureSphereReference, REFERENCE_SPHERE_DIAMETER_MM } from '@caliper/engine/burden/measureSphereReference';
import type { SphereReferenceRegion } from '@caliper/engine/burden/measureSphereReference';

/** Reference regions the panel measures: the four spheres and the PERCIST blood-pool cylinder. */
export type PetReferenceKind = SphereReferenceRegion | 'blood';

type Vec3 = readonly [number, number, number];

/** Statistics of one reference region in the PET's unit (SUVbw); `max` is null for the cylinder. */
export interface PetReferenceStats {
  readonly kind: PetReferenceKind;
  readonly centerMm: Vec3;
  /** Sphere diameter, or the cylinder's "10 mm × 20 mm" described in `shape`. */
  readonly shape: string;
  readonly diameterMm: number | null;
  readonly mean: number;
  readonly sd: number;
  readonly max: number | null;
  readonly cv: number;
  readonly voxelCount: number;
}

export type PetReferenceOutcome = { readonly ok: true; readonly value: PetReferenceStats } | { readonly ok: false; readonly error: string };

/** Liver above this CV is not homogeneous liver (the same rule as `caliper burden`'s liver sphere). */
const LIVER_MAX_CV = 0.3;

/**
 * Measures each requested reference region on the SUVbw PET (engine measureSphereReference with the
 * default diameters of REFERENCE_SPHERE_DIAMETER_MM; the blood pool as PERCIST's 1 × 2 cm cylinder,
 * measureBloodPool). A region that cannot be measured (outside the image, liver not homogeneous)
 * gets its reason, never a number.
 */
export function measurePetReferences(volume: Volume, centers: Partial<Record<PetReferenceKind, Vec3>>): Partial<Record<PetReferenceKind, PetReferenceOutcome>> {
  const out: Partial<Record<PetReferenceKind, PetReferenceOutcome>> = {};
  for (const [kind, c] of Object.entries(centers) as [PetReferenceKind, Vec3 | undefined][]) {
    if (!c) continue;
    if (kind === 'blood') {
      const s = measureBloodPool(volume, asPatient(c));
      out.blood = s
        ? { ok: true, value: { kind, centerMm: c, shape: 'cylinder Ø 10 mm × 20 mm (PERCIST)', diameterMm: null, mean: s.mean, sd: s.sd, max: null, cv: s.mean > 0 ? s.sd / s.mean : Infinity, voxelCount: s.voxelCount } }
        : { ok: false, error: 'blood-pool cylinder holds no voxel of the image' };
      continue;
    }
    const d = REFERENCE_SPHERE_DIAMETER_MM[kind];
    const r = measureSphereReference(volume, asPatient(c), { diameterMm: d, label: `${kind} sphere`, ...(kind === 'liver' ? { maxCv: LIVER_MAX_CV, tissue: 'liver' } : {}) });
    out[kind] = r.ok
      ? { ok: true, value: { kind, centerMm: c, shape: `sphere Ø ${d} mm`, diameterMm: d, mean: r.value.mean, sd: r.value.sd, max: r.value.max, cv: r.value.cv, voxelCount: r.value.voxelCount } }
      : { ok: false, error: r.error };
  }
  return out;
}

/** A cropped lesion mask → flat voxel indices on its grid (i-fastest). */
export function croppedMaskVoxels(m: CroppedMask): Uint32Array {
  if (!m.bbox) return new Uint32Array(0);
  const [ni, nj] = m.dimensions;
  const [lo, hi] = m.bbox;
  const li = hi[0] - lo[0] + 1, lj = hi[1] - lo[1] + 1, lk = hi[2] - lo[2] + 1;
  let n = 0;
  for (let q = 0; q < m.data.length; q++) n += m.data[q] ? 1 : 0;
  const out = new Uint32Array(n);
  let w = 0;
  for (let k = 0; k < lk; k++)
    for (let j = 0; j < lj; j++)
      for (let i = 0; i < li; i++) if (m.data[(k * lj + j) * li + i]) out[w++] = ((k + lo[2]) * nj + (j + lo[1])) * ni + (i + lo[0]);
  return out;
}

export type HypoxiaOutcome = { readonly id: number; readonly ok: true; readonly value: HypoxiaMeasurement } | { readonly id: number; readonly ok: false; readonly error: string };

/** Hypoxia (engine measureHypoxia) of each whole-body lesion: T/B or T/M ratios and the hypoxic volume at `ratioThreshold`. */
export function measureLesionsHypoxia(volume: Volume, lesions: readonly { readonly id: number; readonly mask: CroppedMask }[], options: { reference: HypoxiaReference; referenceMean: number; ratioThreshold: number }): HypoxiaOutcome[] {
  return lesions.map(({ id, mask }) => {
    const r = measureHypoxia(volume, croppedMaskVoxels(mask), options);
    return r.ok ? { id, ok: true as const, value: r.value } : { id, ok: false as const, error: r.error };
  });
}
