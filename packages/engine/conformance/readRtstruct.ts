import { readFileSync } from 'node:fs';
import dicomParser from 'dicom-parser';
import type { PatientPoint } from '@caliper/core';
import { patientPoint } from '@caliper/core';

/** Contours (patient LPS mm) of one named ROI of an RTSTRUCT file (test helper; the app reads RTSTRUCT in packages/dicom). */
export function readRtstructContours(file: string, roiName: string): PatientPoint[][] {
  const buf = readFileSync(file);
  const ds = dicomParser.parseDicom(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength));
  const roi = ds.elements.x30060020?.items?.find((it) => it.dataSet?.string('x30060026') === roiName);
  if (!roi) throw new Error(`ROI ${roiName} not in ${file}`);
  const number = roi.dataSet!.intString('x30060022');
  const contourSet = ds.elements.x30060039?.items?.find((it) => it.dataSet?.intString('x30060084') === number);
  const out: PatientPoint[][] = [];
  for (const c of contourSet?.dataSet?.elements.x30060040?.items ?? []) {
    const v = c.dataSet!.string('x30060050')!.split('\\').map(Number);
    const pts: PatientPoint[] = [];
    for (let q = 0; q + 2 < v.length; q += 3) pts.push(patientPoint(v[q], v[q + 1], v[q + 2]));
    out.push(pts);
  }
  return out;
}
