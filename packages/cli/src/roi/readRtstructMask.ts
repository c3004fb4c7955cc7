import type { Geometry, Mask, Result } from '@caliper/core';
import { err, ok, patientPoint, patientToVoxel } from '@caliper/core';
import { polygonToMask } from '@caliper/engine';
import { combineInto, toMask } from './combineMasks';
import { items, nums } from './dcmjsDataset';
import type { NaturalDataset } from 'dcmjs';

/**
 * RTSTRUCT ROI → mask on `geometry`: each CLOSED_PLANAR contour of the ROI named `roiName`
 * (case-insensitive; the only ROI when omitted) is rasterised on the slice its points lie on by
 * the engine's polygon rasteriser (voxel centre inside or on the boundary), and contours of one
 * slice are combined by XOR (inner contours are holes). A contour not on a slice plane (more than
 * a quarter slice away) or outside the volume is an error, not silently dropped.
 */
export function readRtstructMask(ds: NaturalDataset, geometry: Geometry, roiName: string | undefined, name: string): Result<Mask, string> {
  const rois = items(ds.StructureSetROISequence).map((r) => ({ number: Number(r.ROINumber), name: String(r.ROIName ?? '') }));
  if (rois.length === 0) return err(`${name}: RTSTRUCT has no ROIs`);
  let roi = rois[0];
  if (roiName !== undefined) {
    const found = rois.find((r) => r.name.toLowerCase() === roiName.toLowerCase());
    if (!found) return err(`${name}: no ROI named '${roiName}' (has: ${rois.map((r) => r.name).join(', ')})`);
    roi = found;
  } else if (rois.length > 1) return err(`${name}: RTSTRUCT has ${rois.length} ROIs (${rois.map((r) => r.name).join(', ')}): give roiName`);
  const rc = items(ds.ROIContourSequence).find((c) => Number(c.ReferencedROINumber) === roi.number);
  const contours = items(rc?.ContourSequence);
  if (contours.length === 0) return err(`${name}: ROI '${roi.name}' has no contours`);
  const acc = new Uint8Array(geometry.dimensions[0] * geometry.dimensions[1] * geometry.dimensions[2]);
  const scratch = new Uint8Array(acc.length);
  for (const c of contours) {
    const type = String(c.ContourGeometricType ?? 'CLOSED_PLANAR');
    if (type === 'POINT') continue;
    const d = nums(c.ContourData);
    const pts = [];
    for (let p = 0; p + 2 < d.length; p += 3) pts.push(patientPoint(d[p], d[p + 1], d[p + 2]));
    if (pts.length < 3) continue;
    const ks = pts.map((p) => patientToVoxel(geometry, p)[2]);
    const k = Math.round(ks.reduce((a, b) => a + b, 0) / ks.length);
    if (ks.some((x) => Math.abs(x - k) > 0.25)) return err(`${name}: a contour of '${roi.name}' does not lie on a slice plane of the image`);
    if (k < 0 || k >= geometry.dimensions[2]) return err(`${name}: a contour of '${roi.name}' lies outside the image (slice ${k})`);
    combineInto(acc, polygonToMask(geometry, k, pts, { out: scratch }), 'xor');
  }
  return ok(toMask(geometry.dimensions, acc));
}
