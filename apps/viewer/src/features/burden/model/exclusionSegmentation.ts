import type { Grid, Segmentation } from '@caliper/report';
import { createRleBuilder } from '@caliper/report/seg/encodeLabelmap';
import type { CroppedMask } from '@caliper/engine';
import { uncropMask } from '@caliper/engine';

/** The PET series the exclusion is drawn on: its grid and DICOM identity (persistence's SeriesInfo). */
export interface ExclusionTarget {
  readonly seriesInstanceUID: string;
  readonly sopClassUID: string;
  readonly frameOfReferenceUID: string;
  readonly grid: Grid;
  readonly sopInstanceUIDs: readonly string[];
}

/** SCT codes of the segment (CID 7150 category "Anatomical structure", CID 7151 type "Organ"): the excluded physiological uptake. */
const CATEGORY = { value: '91723000', scheme: 'SCT', meaning: 'Anatomical structure' };
const TYPE = { value: '113343008', scheme: 'SCT', meaning: 'Organ' };

/**
 * The burden's exclusion as a one-segment labelmap segmentation on the PET grid, for the report
 * package's SEG writer (exportSeg): segment 1 "Excluded uptake" names the organs in its algorithm
 * name. An error (thrown) when there is nothing to export or the grids differ.
 */
export function exclusionSegmentation(mask: CroppedMask | null, target: ExclusionTarget, organs: readonly string[], label: string): Segmentation {
  if (!mask?.bbox) throw new Error('the exclusion is empty: nothing to export');
  const dims = target.grid.dimensions;
  if (mask.dimensions.some((n, d) => n !== dims[d])) throw new Error(`the exclusion grid ${mask.dimensions.join('×')} differs from the PET grid ${dims.join('×')}`);
  const rle = createRleBuilder();
  rle.pushLabels(uncropMask(mask).data);
  return {
    id: `burden-exclusion-${target.seriesInstanceUID}`,
    label,
    reference: { seriesInstanceUID: target.seriesInstanceUID, sopClassUID: target.sopClassUID, sopInstanceUIDs: [...target.sopInstanceUIDs], frameOfReferenceUID: target.frameOfReferenceUID },
    frameOfReferenceUID: target.frameOfReferenceUID,
    grid: target.grid,
    sliceSopInstanceUIDs: [...target.sopInstanceUIDs],
    segments: [{
      number: 1, label: 'Excluded uptake', category: CATEGORY, type: TYPE, algorithmType: 'SEMIAUTOMATIC',
      algorithmName: organs.length ? `Caliper burden exclusion: ${organs.join(', ')}`.slice(0, 64) : 'Caliper burden exclusion', color: [200, 200, 200],
    }],
    labelmap: rle.finish(),
  };
}
