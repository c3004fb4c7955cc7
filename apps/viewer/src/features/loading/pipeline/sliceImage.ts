import { utilities, type Types } from '@cornerstonejs/core';
import type { Instance, SliceArray } from '@caliper/dicom';

const firstNumber = (inst: Instance, tag: string): number | undefined => {
  const v = inst.dataSet.string(tag)?.split('\\')[0];
  const n = v === undefined || v.trim() === '' ? NaN : Number(v);
  return Number.isFinite(n) ? n : undefined;
};

/**
 * A Cornerstone image over one slice of the volume's buffer (no copy): pre-scaled values (modality
 * LUT, and SUVbw for PET when `suvbw`), the header's window or else one over the slice's range.
 */
export function sliceImage(imageId: string, inst: Instance, pixels: SliceArray, range: { min: number; max: number }, suvbw?: number): Types.IImage {
  const { rows, columns } = inst;
  const voxelManager = utilities.VoxelManager.createImageVoxelManager({ scalarData: pixels, width: columns, height: rows, numberOfComponents: 1 });
  let windowCenter = firstNumber(inst, 'x00281050');
  let windowWidth = firstNumber(inst, 'x00281051');
  if (windowCenter === undefined || windowWidth === undefined || suvbw !== undefined) {
    const wl = utilities.windowLevel.toWindowLevel(range.min, range.max);
    windowCenter = wl.windowCenter;
    windowWidth = wl.windowWidth;
  }
  const scalingParameters = { modality: inst.modality, rescaleSlope: inst.rescaleSlope, rescaleIntercept: inst.rescaleIntercept, ...(suvbw !== undefined ? { suvbw } : {}) };
  return {
    imageId,
    dataType: pixels.constructor.name,
    color: false,
    columnPixelSpacing: inst.pixelSpacing?.[1] ?? 1,
    rowPixelSpacing: inst.pixelSpacing?.[0] ?? 1,
    columns,
    rows,
    width: columns,
    height: rows,
    intercept: inst.rescaleIntercept,
    slope: inst.rescaleSlope,
    invert: inst.photometricInterpretation === 'MONOCHROME1',
    minPixelValue: range.min,
    maxPixelValue: range.max,
    windowCenter,
    windowWidth,
    sizeInBytes: pixels.byteLength,
    preScale: { enabled: true, scaled: true, scalingParameters },
    isPreScaled: true,
    voxelManager,
    getPixelData: () => pixels,
    getCanvas: undefined,
    numberOfComponents: 1,
    rgba: false,
    FrameOfReferenceUID: inst.frameOfReferenceUID,
  } as unknown as Types.IImage;
}
