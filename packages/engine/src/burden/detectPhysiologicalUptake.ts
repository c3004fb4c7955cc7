import type { Mask, Volume } from '@caliper/core';
import { voxelVolumeMm3 } from '@caliper/core';
import { computeMaskBbox } from '../mask/computeMaskBbox';
import { describeComponents } from './describeComponents';
import { labelComponents26 } from './labelComponents26';
import { measureBodyFrame } from './measureBodyFrame';
import { pickPhysiologicalOrgans } from './pickPhysiologicalOrgans';
import type { PhysiologicalOrgan } from './pickPhysiologicalOrgans';
import { sampleMedianHu } from './sampleMedianHu';
import { thresholdExcluding } from './thresholdExcluding';

export interface DetectPhysiologicalUptakeOptions {
  /** PSMA tracer: also liver, spleen and salivary glands. */
  readonly psma: boolean;
  /** Uptake level (SUVbw, inclusive) whose 26-connected components are the organ candidates; use
   *  the burden threshold (or lower) so each excluded organ covers what would be a lesion. */
  readonly minSuv: number;
  /** CT in HU (any grid, same frame of reference): candidates must have organ-like median HU. */
  readonly ct?: Volume | null;
  /** Result buffer (grid-sized; cleared first) and a grid-sized scratch for the threshold. */
  readonly out?: Uint8Array;
  readonly scratch?: Uint8Array;
}

export interface DetectedOrgan {
  readonly organ: PhysiologicalOrgan;
  readonly voxelCount: number;
  readonly volumeMl: number;
  /** Centroid of the organ's voxels, patient LPS mm (volume-weighted over its components). */
  readonly centroidMm: readonly [number, number, number];
  /** Median CT HU over the organ's voxels; null without CT. */
  readonly medianHu: number | null;
}

export interface PhysiologicalUptake {
  /** Voxels to exclude: every voxel of the organs' uptake components. */
  readonly mask: Mask;
  readonly organs: readonly DetectedOrgan[];
}

/**
 * Automatic physiological-uptake exclusion for whole-body burden: components of {SUV >= minSuv}
 * (26-connected, >= 0.3 mL) are described (volume, centroid, head–foot extent, uptake), the
 * body's midline and extent are measured, and pickPhysiologicalOrgans's position rules name the
 * brain, kidneys, bladder and, for PSMA tracers, liver, spleen and salivary glands. The mask holds
 * exactly those components, so a lesion that touches an organ at this level goes with it.
 */
export function detectPhysiologicalUptake(volume: Volume, options: DetectPhysiologicalUptakeOptions): PhysiologicalUptake {
  const g = volume.geometry;
  const n = g.dimensions[0] * g.dimensions[1] * g.dimensions[2];
  const out = options.out ?? new Uint8Array(n);
  if (options.out) out.fill(0);
  const empty: PhysiologicalUptake = { mask: { dimensions: g.dimensions, data: out, bbox: null }, organs: [] };
  const frame = measureBodyFrame(volume);
  if (!frame) return empty;
  const voxMl = voxelVolumeMm3(g) / 1000;
  const high = thresholdExcluding(volume, { min: options.minSuv, out: options.scratch });
  const comps = labelComponents26(high, { minVoxels: Math.max(1, Math.ceil(0.3 / voxMl)), seeds: high.voxels });
  const features = describeComponents(volume, comps);
  const voxelsOf = (index: number) => {
    const c = comps.components[index];
    return comps.voxels.subarray(c.start, c.start + c.voxelCount);
  };
  const ct = options.ct ?? null;
  const hu = new Map<number, number | null>();
  const huOf = ct ? (index: number) => {
    if (!hu.has(index)) hu.set(index, sampleMedianHu(ct, g, voxelsOf(index)));
    return hu.get(index)!;
  } : undefined;
  const picks = pickPhysiologicalOrgans(features, frame, { psma: options.psma, ...(huOf ? { huOf } : {}) });
  const organs = picks.map((p) => {
    let count = 0;
    const c = [0, 0, 0];
    for (const index of p.components) {
      const f = features[index];
      for (const idx of voxelsOf(index)) out[idx] = 1;
      for (let d = 0; d < 3; d++) c[d] += f.centroidMm[d] * f.voxelCount;
      count += f.voxelCount;
    }
    const all = p.components.length === 1 ? voxelsOf(p.components[0]) : Int32Array.from(p.components.flatMap((i) => Array.from(voxelsOf(i))));
    return { organ: p.organ, voxelCount: count, volumeMl: count * voxMl, centroidMm: [c[0] / count, c[1] / count, c[2] / count] as const, medianHu: ct ? sampleMedianHu(ct, g, all) : null };
  });
  return { mask: { dimensions: g.dimensions, data: out, bbox: organs.length ? computeMaskBbox(g.dimensions, out) : null }, organs };
}
