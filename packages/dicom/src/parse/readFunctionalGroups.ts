import type { DataSet } from 'dicom-parser';
import type { FrameInfo } from '../model/instance';
import { firstItem, num, orientation, spacing2, vec3 } from './readTags';

const SHARED = 'x52009229';
const PER_FRAME = 'x52009230';

function readGroup(item: DataSet | undefined): FrameInfo {
  if (!item) return {};
  const pos = firstItem(item, 'x00209113'); // Plane Position Sequence
  const ori = firstItem(item, 'x00209116'); // Plane Orientation Sequence
  const meas = firstItem(item, 'x00289110'); // Pixel Measures Sequence
  const pvt = firstItem(item, 'x00289145'); // Pixel Value Transformation Sequence
  const out: { -readonly [K in keyof FrameInfo]: FrameInfo[K] } = {};
  const ipp = pos && vec3(pos, 'x00200032');
  if (ipp) out.imagePositionPatient = ipp;
  const iop = ori && orientation(ori, 'x00200037');
  if (iop) out.imageOrientationPatient = iop;
  const ps = meas && spacing2(meas, 'x00280030');
  if (ps) out.pixelSpacing = ps;
  const st = meas && num(meas, 'x00180050');
  if (st !== undefined) out.sliceThickness = st;
  const slope = pvt && num(pvt, 'x00281053');
  const intercept = pvt && num(pvt, 'x00281052');
  if (slope !== undefined) out.rescaleSlope = slope;
  if (intercept !== undefined) out.rescaleIntercept = intercept;
  return out;
}

/**
 * Per-frame geometry/rescale of an enhanced multi-frame object (PS3.3 C.7.6.16): each frame's
 * Per-Frame Functional Groups item overrides the Shared Functional Groups. Undefined when the
 * object has no functional groups.
 */
export function readFunctionalGroups(ds: DataSet, numberOfFrames: number): FrameInfo[] | undefined {
  const sharedEl = ds.elements[SHARED];
  const perEl = ds.elements[PER_FRAME];
  if (!sharedEl && !perEl) return undefined;
  const shared = readGroup(sharedEl?.items?.[0]?.dataSet);
  const items = perEl?.items ?? [];
  const frames: FrameInfo[] = [];
  for (let f = 0; f < numberOfFrames; f++) {
    frames.push({ ...shared, ...readGroup(items[f]?.dataSet) });
  }
  return frames;
}
