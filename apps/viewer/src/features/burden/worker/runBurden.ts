import type { Result, Volume } from '@caliper/core';
import { asPatient, err, ok } from '@caliper/core';
import { computeBurden, computeBurdenThreshold, cropMask, detectPhysiologicalUptake, measureBloodPool, measureLiverReference, uncropMask } from '@caliper/engine';
import type { LiverReference } from '@caliper/engine';
import type { BurdenReply, BurdenRequest } from '../model/burdenTypes';
import { burdenTotals } from '../model/burdenTotals';
import { measureVoxelLists } from './measureVoxelLists';
import { reconcileLesions } from './reconcileLesions';
import { voxelsToCroppedMask } from './voxelsToCroppedMask';

/** Organ-candidate level of the automatic exclusion, as `caliper burden` (packages/cli buildExclusion's AUTO_LEVEL). */
const AUTO_LEVEL = { PSMA: 3, other: 2.5 } as const;

/** Grid-sized buffers a worker keeps between runs (allocating ~3 ms/MB on this class of machine). */
export interface BurdenScratch {
  n: number;
  threshold: Uint8Array;
  exclusion: Uint8Array;
  organScratch: Uint8Array;
}

export function burdenScratchFor(n: number, prev: BurdenScratch | null): BurdenScratch {
  return prev && prev.n === n ? prev : { n, threshold: new Uint8Array(n), exclusion: new Uint8Array(n), organScratch: new Uint8Array(n) };
}

const count = (m: Uint8Array): number => {
  let c = 0;
  for (let q = 0; q < m.length; q++) c += m[q];
  return c;
};

/**
 * Whole-body PET burden on an SUVbw volume, step for step as `caliper burden` (packages/cli
 * commands/burden.ts): liver sphere → threshold → automatic exclusion at min(threshold, 3 PSMA /
 * 2.5 other) → computeBurden → blood pool. Errors (the reason, never a number): not SUVbw, liver
 * sphere outside the image or not homogeneous, percist / psma-liver without a liver centre.
 */
export function runBurden(volume: Volume, request: BurdenRequest, scratch: BurdenScratch): Result<Omit<BurdenReply, 'computeMs'>, string> {
  if (volume.unit !== 'SUVbw') return err(`SUV cannot be computed (the PET is in ${volume.unit})`);
  const notes: string[] = [];
  let liver: LiverReference | null = null;
  if (request.liverCenterMm) {
    const r = measureLiverReference(volume, asPatient(request.liverCenterMm));
    if (!r.ok) return err(r.error);
    liver = r.value;
    notes.push(`liver sphere: ${liver.voxelCount} voxels, SUVbw mean ${liver.mean.toFixed(4)}, SD ${liver.sd.toFixed(4)}, CV ${liver.cv.toFixed(3)}`);
  }
  const t = computeBurdenThreshold(request.method, liver);
  if (!t.ok) return err(`${t.error}: set the liver reference first`);
  let exclude = null, exclusion: BurdenReply['exclusion'] = { source: 'none', voxelCount: 0, organs: [] };
  if (request.exclude === 'auto') {
    const psma = request.psma || request.method.startsWith('psma-');
    const level = Math.min(t.value, psma ? AUTO_LEVEL.PSMA : AUTO_LEVEL.other);
    const found = detectPhysiologicalUptake(volume, { psma, minSuv: level, out: scratch.exclusion, scratch: scratch.organScratch });
    exclude = found.mask;
    exclusion = { source: 'auto', voxelCount: found.mask.bbox ? count(found.mask.data) : 0, organs: found.organs.map((o) => o.organ) };
    notes.push(`auto exclusion: ${psma ? 'PSMA organ set' : 'brain, kidneys, bladder'}; candidates = 26-connected components of SUVbw >= ${level}`);
    for (const o of found.organs) notes.push(`auto exclusion: ${o.organ} ${o.volumeMl.toFixed(1)} mL at [${o.centroidMm.map((x) => x.toFixed(1)).join(', ')}] mm`);
  } else if (request.exclude === 'mask') {
    const m = request.exclusionMask;
    if (m && m.dimensions.some((d, i) => d !== volume.geometry.dimensions[i])) return err(`the exclusion mask is ${m.dimensions.join('×')}, the PET grid ${volume.geometry.dimensions.join('×')}`);
    exclude = m?.bbox ? uncropMask(m, scratch.exclusion) : null;
    const source = request.exclusionSource ?? 'edited';
    exclusion = { source, voxelCount: m?.bbox ? count(m.data) : 0, organs: request.exclusionOrgans ?? [] };
    notes.push(`exclusion: ${source === 'seg' ? 'imported from a DICOM SEG' : "the reader's edited mask"}, ${exclusion.voxelCount} voxels`);
  }
  const b = computeBurden(volume, { method: request.method, exclude, minVolumeMl: request.minVolumeMl, liver, bsaM2: request.bsaM2, buffers: { threshold: scratch.threshold } });
  if (!b.ok) return err(b.error);
  let lesions = b.value.lesions, lesionVoxels = b.value.lesionVoxels, totals = b.value.totals;
  if (request.previous) {
    // Keep the reader's lesion ids, splits, merges and added lesions across the re-run.
    const r = reconcileLesions(volume.geometry.dimensions, lesionVoxels, request.previous, exclude?.bbox ? exclude.data : null);
    lesions = measureVoxelLists(volume, r.voxels, r.ids);
    lesionVoxels = r.voxels;
    totals = burdenTotals(lesions, request.bsaM2);
  }
  const blood = request.bloodCenterMm ? measureBloodPool(volume, asPatient(request.bloodCenterMm)) : null;
  const sul = request.sulPerSuvbw;
  return ok({
    unit: 'SUVbw',
    method: request.method,
    thresholdSuv: b.value.thresholdSuv,
    minVolumeMl: request.minVolumeMl,
    lesions,
    totals,
    exclusion,
    reference: {
      liver: liver && request.liverCenterMm ? { centerMm: request.liverCenterMm, mean: liver.mean, sd: liver.sd, cv: liver.cv, voxelCount: liver.voxelCount } : null,
      liverSulMean: liver && sul !== null ? liver.mean * sul : null,
      liverSulSd: liver && sul !== null ? liver.sd * sul : null,
      mediastinumSuvMean: blood ? blood.mean : null,
    },
    lesionMasks: lesionVoxels.map((v) => voxelsToCroppedMask(volume.geometry.dimensions, v)),
    // Before the next run reuses the exclusion buffer: a copy cropped to the organs' bbox.
    exclusionMask: exclude?.bbox ? cropMask(exclude) : null,
    bsaM2: request.bsaM2,
    notes,
  });
}
