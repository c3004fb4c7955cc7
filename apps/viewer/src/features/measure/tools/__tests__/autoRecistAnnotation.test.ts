import { describe, expect, it } from 'vitest';
import type { Types } from '@cornerstonejs/core';
import { patientPoint } from '@caliper/core';
import type { EngineVolume } from '../../service/engineVolumes';
import { autoRecistAnnotation } from '../autoRecistAnnotation';

// An axial grid (rows along +x, columns along +y, slices along +z), 3 slices.
const ev: EngineVolume = {
  id: 'S', seriesUID: 'S', modality: 'CT', unit: 'HU', imageIds: ['i0', 'i1', 'i2'],
  geometry: { dimensions: [4, 4, 3], origin: patientPoint(0, 0, 0), rowDirection: [1, 0, 0], columnDirection: [0, 1, 0], sliceDirection: [0, 0, 1], spacing: [1, 1, 2] },
};
const recist = { longMm: 4, shortMm: 2, sliceIndex: 1, long: [patientPoint(0, 1, 2), patientPoint(4, 1, 2)], short: [patientPoint(2, 0, 2), patientPoint(2, 2, 2)] } as const;
const viewport = (viewPlaneNormal: number[], viewUp: number[]) => ({ getCamera: () => ({ viewPlaneNormal, viewUp }), getFrameOfReferenceUID: () => 'FOR' }) as unknown as Types.IViewport;
const meta = (a: ReturnType<typeof autoRecistAnnotation>) => a.metadata as { viewPlaneNormal: number[]; viewUp: number[]; referencedImageId: string; FrameOfReferenceUID: string };

describe('autoRecistAnnotation', () => {
  it('in an axial view keeps the camera (its normal is the slice direction)', () => {
    const a = autoRecistAnnotation(recist, ev, viewport([0, 0, -1], [0, -1, 0]));
    expect(meta(a).viewPlaneNormal).toEqual([0, 0, -1]);
    expect(meta(a).viewUp).toEqual([0, -1, 0]);
    expect(meta(a).referencedImageId).toBe('i1');
    expect(meta(a).FrameOfReferenceUID).toBe('FOR');
  });
  it('from a sagittal view: the drawing is on the acquisition (axial) slice, not on the sagittal plane', () => {
    const a = autoRecistAnnotation(recist, ev, viewport([1, 0, 0], [0, 0, 1]));
    expect(meta(a).viewPlaneNormal).toEqual([0, 0, 1]);
    // Up on screen = against the column direction (+y), i.e. anterior.
    expect(meta(a).viewUp).toEqual([0, -1, 0]);
    expect((a.data as { handles: { points: number[][] } }).handles.points).toEqual([[0, 1, 2], [4, 1, 2], [2, 0, 2], [2, 2, 2]]);
  });
  it('axes of a sagittal sheet (sheetRecist) are drawn on their sagittal plane, on no one image', () => {
    const sag = { longMm: 5, shortMm: 2, sliceIndex: 1, long: [patientPoint(2, 0, 0), patientPoint(2, 3, 4)], short: [patientPoint(2, 2, 1), patientPoint(2, 0.8, 2.6)] } as const;
    const inSag = autoRecistAnnotation(sag, ev, viewport([-1, 0, 0], [0, 0, 1]));
    expect(meta(inSag).viewPlaneNormal).toEqual([-1, 0, 0]);
    expect(meta(inSag).viewUp).toEqual([0, 0, 1]);
    expect(meta(inSag).referencedImageId).toBeUndefined();
    // From an axial view (or none): the sheet's own plane, head up.
    const a = autoRecistAnnotation(sag, ev, viewport([0, 0, -1], [0, -1, 0]));
    expect(Math.abs(meta(a).viewPlaneNormal[0])).toBeCloseTo(1, 12);
    expect(meta(a).viewUp).toEqual([0, 0, 1]);
  });
  it('without a viewport: the grid slice plane', () => {
    const a = autoRecistAnnotation(recist, ev, undefined);
    expect(meta(a).viewPlaneNormal).toEqual([0, 0, 1]);
    expect(meta(a).viewUp).toEqual([0, -1, 0]);
  });
});
