import type { Geometry } from '@caliper/core';
import type { Dataset } from '../dicom/elements';
import type { TransferSyntaxName } from '../dicom/transferSyntax';
import type { Charls } from '../dicom/writePart10';
import { writePart10 } from '../dicom/writePart10';

/** Receives each generated file: path relative to the output root, and its bytes. */
export type Emit = (relativePath: string, bytes: Uint8Array) => void;

export interface EmitSlicesOptions {
  readonly emit: Emit;
  /** Directory (relative) of the series; files are <dir>/<instance 0001>.dcm */
  readonly dir: string;
  readonly geometry: Geometry;
  /** Stored values of the volume (i fastest); `volumeOffset` selects one volume of a multi-volume series. */
  readonly stored: Uint16Array;
  readonly bitsStored: number;
  readonly firstInstanceNumber: number;
  /** Full data set of slice k (without PixelData). */
  readonly dataset: (k: number, instanceNumber: number) => Dataset;
  readonly syntax: TransferSyntaxName;
  readonly charls?: Charls;
}

/** Writes one Part 10 file per axial slice; returns their relative paths in instance order. */
export function emitSlices(o: EmitSlicesOptions): string[] {
  const [ni, nj, nk] = o.geometry.dimensions;
  const paths: string[] = [];
  for (let k = 0; k < nk; k++) {
    const n = o.firstInstanceNumber + k;
    const pixels = o.stored.subarray(k * ni * nj, (k + 1) * ni * nj);
    const bytes = writePart10(o.dataset(k, n), { pixels, columns: ni, rows: nj, bitsStored: o.bitsStored }, o.syntax, o.charls);
    const path = `${o.dir}/${String(n).padStart(4, '0')}.dcm`;
    o.emit(path, bytes);
    paths.push(path);
  }
  return paths;
}
