import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import dicomParser from 'dicom-parser';
import type { Geometry } from '@caliper/core';
import { patientPoint } from '@caliper/core';

export interface SliceStack {
  readonly rows: number;
  readonly columns: number;
  /** Grid geometry (Geometry conventions of @caliper/core) from IPP/IOP/PixelSpacing. */
  readonly geometry: Geometry;
  /** Slices keyed by ImagePositionPatient (so stacks from different series line up). */
  readonly positions: string[];
  readonly data: Float64Array;
}

/** Read a folder of single-frame, uncompressed little-endian DICOM slices into one stack ordered by position along the normal. */
export function readDicomSlices(dir: string): SliceStack {
  const slices = readdirSync(dir).map((f) => {
    const buf = readFileSync(path.join(dir, f));
    const ds = dicomParser.parseDicom(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength));
    const rows = ds.uint16('x00280010')!, columns = ds.uint16('x00280011')!;
    const ipp = ds.string('x00200032')!;
    const iop = ds.string('x00200037')!.split('\\').map(Number);
    const n = [iop[1] * iop[5] - iop[2] * iop[4], iop[2] * iop[3] - iop[0] * iop[5], iop[0] * iop[4] - iop[1] * iop[3]];
    const p = ipp.split('\\').map(Number);
    const slope = Number(ds.string('x00281053') ?? 1), inter = Number(ds.string('x00281052') ?? 0);
    const el = ds.elements.x7fe00010;
    const signed = ds.uint16('x00280103') === 1;
    const bytes = buf.buffer.slice(buf.byteOffset + el.dataOffset, buf.byteOffset + el.dataOffset + 2 * rows * columns);
    const px = signed ? new Int16Array(bytes) : new Uint16Array(bytes);
    const ps = ds.string('x00280030')!.split('\\').map(Number);
    return { rows, columns, ipp, p, iop, n, ps, d: p[0] * n[0] + p[1] * n[1] + p[2] * n[2], values: Float64Array.from(px, (x) => x * slope + inter) };
  });
  slices.sort((a, b) => a.d - b.d);
  const { rows, columns } = slices[0];
  const data = new Float64Array(rows * columns * slices.length);
  slices.forEach((s, k) => data.set(s.values, k * rows * columns));
  const s0 = slices[0];
  const dk = slices.length > 1 ? slices[1].d - s0.d : 1;
  const geometry: Geometry = {
    dimensions: [columns, rows, slices.length],
    origin: patientPoint(s0.p[0], s0.p[1], s0.p[2]),
    rowDirection: [s0.iop[0], s0.iop[1], s0.iop[2]],
    columnDirection: [s0.iop[3], s0.iop[4], s0.iop[5]],
    sliceDirection: [s0.n[0], s0.n[1], s0.n[2]],
    // PixelSpacing = [row spacing (between rows, along columns), column spacing]
    spacing: [s0.ps[1], s0.ps[0], dk],
  };
  return { rows, columns, geometry, positions: slices.map((s) => s.ipp), data };
}
