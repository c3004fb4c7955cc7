import { describe, expect, it } from 'vitest';
import dcmjs from 'dcmjs';
import { patientPoint } from '@caliper/core';
import { importSr } from '../importSr';
import type { ImagePlane } from '../imagePlane';
import { writeWithDcmjs } from '../../fixtures/foreignSr';
import { CT_IMAGE_STORAGE, CT_SERIES, STUDY_UID, sliceUid } from '../../fixtures/syntheticReading';

// The SR is written by dcmjs's Cornerstone3D MeasurementReport adapter: the code OHIF v3 and
// @cornerstonejs/adapters call on "Save measurements". Annotations are in world (LPS mm)
// coordinates; the adapter writes 2D SCOORDs in image pixels through worldToImageCoords.
// Synthetic axial CT: 0.8 mm pixels, origin (-12.4, -9.6, 100 + 2.5 k).
const ORIGIN = [-12.4, -9.6, 100], PX = 0.8, DZ = 2.5;
const imageId = (k: number) => `wadors:synthetic/${k}`;
const kOf = (id: string) => Number(id.split('/').pop());
const worldToImageCoords = (_id: string, p: number[]) => [(p[0] - ORIGIN[0]) / PX, (p[1] - ORIGIN[1]) / PX];
const metadataProvider = {
  get(type: string, id: string) {
    if (type === 'sopCommonModule') return { sopInstanceUID: sliceUid(CT_SERIES, kOf(id)), sopClassUID: CT_IMAGE_STORAGE };
    if (type === 'generalSeriesModule') return { studyInstanceUID: STUDY_UID, seriesInstanceUID: CT_SERIES };
    if (type === 'instance') return {};
    return undefined;
  },
};
const planeOf = (k: number): ImagePlane => ({ origin: patientPoint(ORIGIN[0], ORIGIN[1], ORIGIN[2] + DZ * k), rowDirection: [1, 0, 0], columnDirection: [0, 1, 0], spacing: [PX, PX] });
const planes = (sop: string) => [3, 5].map((k) => (sop === sliceUid(CT_SERIES, k) ? planeOf(k) : undefined)).find(Boolean);
const z = (k: number) => ORIGIN[2] + DZ * k;
const dist = (a: number[], b: number[]) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

// Pixel-centre points (so the 2D pixel coordinates are exact): a 40-pixel horizontal length on slice 3,
// and a bidirectional on slice 5 (long 30 px vertical, short 20 px horizontal).
const px = (c: number, r: number, k: number) => [ORIGIN[0] + c * PX, ORIGIN[1] + r * PX, z(k)];
const lengthPoints = [px(10, 20, 3), px(50, 20, 3)];
const bidiPoints = [px(20, 5, 5), px(20, 35, 5), px(10, 20, 5), px(30, 20, 5)];
const annotation = (toolName: string, k: number, points: number[][], stats: object) => ({
  annotationUID: `uid-${toolName}`,
  metadata: { toolName, referencedImageId: imageId(k), FrameOfReferenceUID: '1.2.3' },
  data: { handles: { points }, cachedStats: { [`imageId:${imageId(k)}`]: stats } },
});
const toolState = {
  [imageId(3)]: { Length: { data: [annotation('Length', 3, lengthPoints, { length: dist(lengthPoints[0], lengthPoints[1]) })] } },
  [imageId(5)]: { Bidirectional: { data: [annotation('Bidirectional', 5, bidiPoints, { length: dist(bidiPoints[0], bidiPoints[1]), width: dist(bidiPoints[2], bidiPoints[3]) })] } },
};

/** Each content item of the tree, depth first. */
function* items(node: { ContentSequence?: unknown }): Generator<Record<string, any>> {
  const list = node.ContentSequence === undefined ? [] : Array.isArray(node.ContentSequence) ? node.ContentSequence : [node.ContentSequence];
  for (const it of list) {
    yield it;
    yield* items(it);
  }
}

function ohifSr(edit?: (item: Record<string, any>) => void): Uint8Array {
  const { MeasurementReport } = dcmjs.adapters.Cornerstone3D;
  const report = MeasurementReport.generateReport(toolState, metadataProvider, worldToImageCoords, {});
  if (edit) for (const it of items(report.dataset)) edit(it);
  const ds = { ...report.dataset, SOPInstanceUID: '2.25.777', SeriesInstanceUID: '2.25.778', StudyInstanceUID: STUDY_UID, SOPClassUID: report.dataset.SOPClassUID ?? '1.2.840.10008.5.1.4.1.1.88.34', Modality: 'SR' };
  return writeWithDcmjs(ds);
}

describe('importSr: a TID 1500 report written by dcmjs / Cornerstone3D adapters (OHIF)', () => {
  const r = importSr(ohifSr(), { imagePlane: planes });
  if (!r.ok) throw new Error(r.error);
  const { lesions, skipped, notes } = r.value;

  it('imports both annotations as lesions, nothing skipped', () => {
    expect(skipped).toEqual([]);
    expect(lesions).toHaveLength(2);
  });

  it('Length: the value OHIF stated, and the line back in patient space on its slice', () => {
    const l = lesions.find((x) => x.geometry.kind === 'line')!;
    expect(l.measurements).toEqual([{ name: 'Length', value: 32, unit: 'mm' }]);
    if (l.geometry.kind !== 'line') throw new Error('not a line');
    // Cornerstone's image coordinates are pixel indices; DICOM SCOORD (0,0) is the top-left corner
    // of the first pixel, so the points come back within half a pixel (0.4 mm).
    l.geometry.points.forEach((p, i) => expect(dist(p as unknown as number[], lengthPoints[i])).toBeLessThanOrEqual(PX * Math.SQRT1_2 + 1e-9));
    expect(l.geometry.sopInstanceUID).toBe(sliceUid(CT_SERIES, 3));
  });

  it('Bidirectional: long and short axes as RECIST geometry with OHIF’s values', () => {
    const l = lesions.find((x) => x.geometry.kind === 'recist')!;
    expect(l.measurements.map((m) => [m.name, Number(m.value.toFixed(6)), m.unit])).toEqual([['Long axis', 24, 'mm'], ['Short axis', 16, 'mm']]);
    // This writer gives both axes the unit "1" (no units): read as mm only because each value
    // equals the length of its own line, and said so.
    expect(notes.map((n) => n.reason)).toEqual([
      expect.stringMatching(/"Long Axis".*unit "1".*read as mm.*24\.00 mm/),
      expect.stringMatching(/"Short Axis".*unit "1".*read as mm.*16\.00 mm/),
    ]);
  });

  it('a unitless axis whose value does not match its line stays unitless (no guess)', () => {
    const bytes = ohifSr((it) => {
      const name = Array.isArray(it.ConceptNameCodeSequence) ? it.ConceptNameCodeSequence[0] : it.ConceptNameCodeSequence;
      if (name?.CodeValue === '103339001') (Array.isArray(it.MeasuredValueSequence) ? it.MeasuredValueSequence[0] : it.MeasuredValueSequence).NumericValue = 29;
    });
    const r2 = importSr(bytes, { imagePlane: planes });
    if (!r2.ok) throw new Error(r2.error);
    const l = r2.value.lesions.find((x) => x.geometry.kind === 'recist');
    expect(l?.measurements.find((m) => m.name === 'Long axis')?.unit).not.toBe('mm');
  });
});
