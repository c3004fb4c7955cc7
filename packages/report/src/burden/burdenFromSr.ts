import type { Result } from '@caliper/core';
import { err, ok } from '@caliper/core';
import { computeDmax } from '@caliper/engine/burden/computeDmax';
import type { ReadingBurden, Segmentation } from '../model/schema';
import { encodeMaskRle } from '../model/burdenMaskRle';
import { decodeLabelmap } from '../seg/decodeLabelmap';
import { newUid } from '../dicom/uid';
import type { SrBurden } from './parseBurdenGroup';

/**
 * The reading's burden block rebuilt from an SR's burden groups and the SEG they reference (a
 * reading opened from the PACS): each lesion's voxels are its segment, its centroid the mean of
 * its voxel centres (as `caliper burden`), its values and scores the SR's. What the SR does not
 * carry is said in `notes` and left empty (exclusion mask and organs, reference regions, SUL
 * factor); BSA is Dmax / 1000 / SDmax when both are there. An error names what is missing.
 */
export function burdenFromSr(sr: SrBurden, seg: Segmentation): Result<ReadingBurden> {
  const t = sr.totals;
  if (t?.thresholdSuv === undefined) return err('the SR\'s whole-body totals group has no threshold');
  const dims = seg.grid.dimensions;
  const labels = decodeLabelmap(seg.labelmap, dims[0] * dims[1] * dims[2]);
  if (!labels.ok) return err(`burden SEG: ${labels.error}`);
  const lesions: ReadingBurden['lesions'] = [];
  for (const l of sr.lesions) {
    const g = l.lesion.geometry;
    if (g.kind !== 'segment') return err(`whole-body lesion ${l.id}: no segment in the SEG`);
    if (l.volumeMl === undefined || l.suvMax === undefined || l.suvPeak === undefined || l.suvMean === undefined || l.tlg === undefined) return err(`whole-body lesion ${l.id}: values missing in the SR`);
    const lo = [Infinity, Infinity, Infinity], hi = [-Infinity, -Infinity, -Infinity], sum = [0, 0, 0];
    let n = 0;
    for (let k = 0, x = 0; k < dims[2]; k++)
      for (let j = 0; j < dims[1]; j++)
        for (let i = 0; i < dims[0]; i++, x++) {
          if (labels.value[x] !== g.segmentNumber) continue;
          n++;
          const v = [i, j, k];
          for (let d = 0; d < 3; d++) {
            lo[d] = Math.min(lo[d], v[d]);
            hi[d] = Math.max(hi[d], v[d]);
            sum[d] += v[d];
          }
        }
    if (n === 0) return err(`whole-body lesion ${l.id}: segment ${g.segmentNumber} is empty`);
    const li = hi[0] - lo[0] + 1, lj = hi[1] - lo[1] + 1, lk = hi[2] - lo[2] + 1;
    const data = new Uint8Array(li * lj * lk);
    for (let k = 0; k < lk; k++)
      for (let j = 0; j < lj; j++)
        for (let i = 0; i < li; i++) if (labels.value[((k + lo[2]) * dims[1] + j + lo[1]) * dims[0] + i + lo[0]] === g.segmentNumber) data[(k * lj + j) * li + i] = 1;
    const bbox: [[number, number, number], [number, number, number]] = [[lo[0], lo[1], lo[2]], [hi[0], hi[1], hi[2]]];
    const mean = sum.map((s) => s / n);
    const gr = seg.grid;
    const c = [0, 1, 2].map((x) => gr.origin[x] + mean[0] * gr.spacing[0] * gr.rowDirection[x] + mean[1] * gr.spacing[1] * gr.columnDirection[x] + mean[2] * gr.spacing[2] * gr.sliceDirection[x]);
    lesions.push({
      id: l.id, trackingUid: l.trackingUid, voxelCount: n, volumeMl: l.volumeMl, suvMax: l.suvMax, suvPeak: l.suvPeak, suvMean: l.suvMean, tlg: l.tlg,
      centroidMm: [c[0], c[1], c[2]], mask: encodeMaskRle({ dimensions: dims, bbox, data })!,
    });
  }
  const confirmed: ReadingBurden['scores']['confirmed'] = {};
  for (const l of sr.lesions) if (l.deauville !== undefined || l.mipsma !== undefined) confirmed[String(l.id)] = { ...(l.deauville !== undefined ? { deauville: l.deauville } : {}), ...(l.mipsma !== undefined ? { mipsma: l.mipsma } : {}) };
  const dmaxMm = t.dmaxMm ?? computeDmax(lesions.map((l) => l.centroidMm)).dmaxMm;
  const bsaM2 = t.sdmaxPerM !== undefined && t.sdmaxPerM > 0 && dmaxMm > 0 ? dmaxMm / 1000 / t.sdmaxPerM : null;
  return ok({
    seriesInstanceUID: seg.reference.seriesInstanceUID,
    dimensions: [dims[0], dims[1], dims[2]],
    unit: 'SUVbw',
    method: sr.method,
    thresholdSuv: t.thresholdSuv,
    minVolumeMl: t.minVolumeMl ?? 0,
    exclusion: { source: 'none', voxelCount: 0, organs: [], mask: null },
    reference: { liver: null, liverSulMean: null, liverSulSd: null, mediastinumSuvMean: null },
    lesions,
    totals: {
      lesionCount: lesions.length, tmtvMl: t.tmtvMl ?? lesions.reduce((s, l) => s + l.volumeMl, 0), tlg: t.tlg ?? lesions.reduce((s, l) => s + l.tlg, 0),
      dmaxMm, sdmaxPerM: t.sdmaxPerM ?? null,
    },
    bsaM2,
    sulPerSuvbw: null,
    removedIds: [],
    mergedIds: [],
    notes: ['imported from the SR and its SEG: the exclusion mask, the reference regions and the SUL factor are not in the SR'],
    scores: { confirmed, references: {}, hypoxia: { fmisoTb: 1.2, fazaTm: 1.4 } },
    trackingUid: t.trackingUid ?? newUid(),
    source: { reference: seg.reference, frameOfReferenceUID: seg.frameOfReferenceUID, grid: seg.grid, sliceSopInstanceUIDs: seg.sliceSopInstanceUIDs },
  });
}
