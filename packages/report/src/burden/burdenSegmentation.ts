import type { Result } from '@caliper/core';
import { err, ok } from '@caliper/core';
import type { ReadingBurden, Segmentation } from '../model/schema';
import { decodeMaskRle } from '../model/burdenMaskRle';
import { createRleBuilder } from '../seg/encodeLabelmap';
import { SEGMENT_CATEGORY, SEGMENT_TYPE } from '../seg/segmentCodes';

export const burdenSegmentationId = (seriesUID: string): string => `burden-${seriesUID}`;

/**
 * The whole-body burden as one labelmap segmentation on its PET grid: segment n = the reading's
 * n-th burden lesion (at most 255, the labelmap's limit), so the SR's burden groups reference
 * their segment like any volumetric lesion (TID 1411). Lesions are disjoint (26-connected
 * components), so no label overwrites another. An error names what is missing.
 */
export function burdenSegmentation(burden: ReadingBurden): Result<Segmentation> {
  const src = burden.source;
  if (src === undefined) return err('the PET series\' DICOM identity was not saved with the burden: no SEG');
  const [ni, nj, nk] = src.grid.dimensions;
  if (burden.dimensions.some((n, d) => n !== src.grid.dimensions[d])) return err(`burden grid ${burden.dimensions.join('×')} differs from its series grid ${src.grid.dimensions.join('×')}`);
  if (burden.lesions.length > 255) return err(`${burden.lesions.length} whole-body lesions: a SEG labelmap holds 255`);
  const labels = new Uint8Array(ni * nj * nk);
  for (const [x, l] of burden.lesions.entries()) {
    const m = decodeMaskRle(l.mask, burden.dimensions);
    if (!m.ok) return err(`whole-body lesion ${l.id}: ${m.error}`);
    const [lo, hi] = m.value.bbox;
    const li = hi[0] - lo[0] + 1, lj = hi[1] - lo[1] + 1, lk = hi[2] - lo[2] + 1;
    for (let k = 0; k < lk; k++)
      for (let j = 0; j < lj; j++) {
        const dst = ((k + lo[2]) * nj + j + lo[1]) * ni + lo[0];
        for (let i = 0; i < li; i++) if (m.value.data[(k * lj + j) * li + i]) labels[dst + i] = x + 1;
      }
  }
  const rle = createRleBuilder();
  rle.pushLabels(labels);
  return ok({
    id: burdenSegmentationId(burden.seriesInstanceUID),
    label: `Whole-body burden (${burden.method})`,
    reference: src.reference,
    frameOfReferenceUID: src.frameOfReferenceUID,
    grid: src.grid,
    sliceSopInstanceUIDs: src.sliceSopInstanceUIDs,
    segments: burden.lesions.map((l, x) => ({
      number: x + 1,
      label: `Whole-body lesion ${l.id}`,
      category: SEGMENT_CATEGORY,
      type: SEGMENT_TYPE,
      algorithmType: 'SEMIAUTOMATIC' as const,
      algorithmName: `Caliper whole-body ${burden.method}`,
      color: [255, 140, 0] as [number, number, number],
    })),
    labelmap: rle.finish(),
  });
}
