import { patientPoint } from '@caliper/core';
import type { MeasureResult } from '@caliper/engine';
import type { Lesion } from '../../../measure/model/lesion';
import type { LesionResult } from '../../../measure/model/measureSlice';
import type { SeriesInfo } from '../seriesInfo';

export const STUDY = '2.25.777.1';
export const CT = '2.25.777.2';
export const PT = '2.25.777.3';
const FOR = '2.25.777.9';

/** An axial 8×6×5 grid, 0.5 × 0.5 × 2 mm, origin (−2, −1.5, 10). */
export function seriesInfo(uid: string, cls = '1.2.840.10008.5.1.4.1.1.2'): SeriesInfo {
  return {
    seriesInstanceUID: uid, studyInstanceUID: STUDY, sopClassUID: cls, frameOfReferenceUID: FOR,
    grid: { dimensions: [8, 6, 5], origin: [-2, -1.5, 10], rowDirection: [1, 0, 0], columnDirection: [0, 1, 0], sliceDirection: [0, 0, 1], spacing: [0.5, 0.5, 2] },
    sopInstanceUIDs: [0, 1, 2, 3, 4].map((k) => `${uid}.${k + 1}`),
    imageIds: [0, 1, 2, 3, 4].map((k) => `wadouri:mem/${uid}/${k}`),
  };
}

export const lookup = (uid: string): SeriesInfo | undefined => (uid === CT ? seriesInfo(CT) : uid === PT ? seriesInfo(PT, '1.2.840.10008.5.1.4.1.1.128') : undefined);

export const result = (over: Partial<MeasureResult>): MeasureResult => ({
  series: CT, modality: 'CT', unit: 'HU', voxelCount: 0, volumeMl: 0, mean: null, sd: null, min: null, max: null, median: null, p10: null, p90: null,
  recist: null, maxDiameter3dMm: null, surfaceMm2: null, sphericity: null, suv: null, adc: null, ...over,
});

const P = patientPoint;
export const RECIST_ID = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';
export const ELLIPSE_ID = '6fa459ea-ee8a-4ca4-894e-db77e160355e';

/** A bidirectional on slice 2 (z = 14), an ellipse on slice 1, a grown 2×2×2 mask, a PET sphere. */
export function lesions(): Lesion[] {
  // Mask: voxels i 2..3, j 1..2, k 1..2 on the 8×6×5 grid.
  const mask = { dimensions: [8, 6, 5] as const, bbox: [[2, 1, 1], [3, 2, 2]] as const, data: new Uint8Array([1, 1, 1, 1, 1, 1, 1, 0]) };
  return [
    { id: RECIST_ID, name: 'Liver 1', location: 'Axial z 14.0 mm', role: 'target', tool: 'bidirectional', version: 3, seriesUIDs: [CT], focusMm: P(0, 0, 14),
      shape: { kind: 'lines', segments: [[P(-1, 0, 14), P(2, 0, 14)], [P(0.5, -1, 14), P(0.5, 1, 14)]] } },
    { id: ELLIPSE_ID, name: 'Lung 1', location: '', role: 'non-target', tool: 'ellipse', version: 4, seriesUIDs: [CT], focusMm: P(0, 0, 12),
      shape: { kind: 'ellipse', center: P(0, 0, 12), axisA: P(0, 1, 12), axisB: P(1.5, 0, 12), normal: [0, 0, -1] } },
    { id: 'grow-17', name: 'Node 1', location: '', role: 'target', tool: 'grow', version: 5, seriesUIDs: [CT], focusMm: P(0, 0, 13),
      shape: { kind: 'mask', volumeId: CT, mask } },
    { id: 'c1c2e3b4-0000-4000-8000-00000000abcd', name: 'PET 1', location: '', role: 'target', tool: 'petThreshold', version: 6, seriesUIDs: [PT, CT], focusMm: P(0, 0, 14),
      shape: { kind: 'petThreshold', within: { kind: 'sphere', center: P(0, 0, 14), radiusMm: 1.25 }, mode: { kind: 'percentOfMax', percent: 41 } } },
  ];
}

export function results(): Record<string, Record<string, LesionResult>> {
  return {
    [RECIST_ID]: { [CT]: { version: 3, measurement: { result: result({ voxelCount: 0 }), linesMm: [3, 2], areaMm2: null } } },
    // A stale result (version 2) must not be saved.
    [ELLIPSE_ID]: { [CT]: { version: 2, measurement: { result: result({ mean: 99 }), linesMm: [], areaMm2: 1 } } },
    'grow-17': { [CT]: { version: 5, measurement: { result: result({ voxelCount: 7, volumeMl: 0.0035, mean: 40.5, sd: 2, min: 37, max: 44 }), linesMm: [], areaMm2: null } } },
    'c1c2e3b4-0000-4000-8000-00000000abcd': {
      [PT]: { version: 6, measurement: { result: result({ modality: 'PT', unit: 'SUVbw', voxelCount: 3, volumeMl: 0.0015, mean: 5, sd: 1, min: 4, max: 6,
        suv: { type: 'SUVbw', max: 6, mean: 5, peak: 5.5, peakCenterMm: null, mtvMl: 0.0015, tlg: 0.0075 } }), linesMm: [], areaMm2: null } },
      [CT]: { version: 6, measurement: { result: result({ voxelCount: 3, volumeMl: 0.0015, mean: 30, sd: 3, min: 26, max: 33 }), linesMm: [], areaMm2: null } },
    },
  };
}
