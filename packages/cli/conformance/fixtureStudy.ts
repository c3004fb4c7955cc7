import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeSlice } from '@caliper/dicom/__fixtures__/writeDicom';
import type { El } from '@caliper/dicom/__fixtures__/writeDicom';

export interface FixtureSeries {
  readonly uid: string;
  readonly modality: string;
  readonly description: string;
  /** Value of every voxel of slice k (stored = real value: no rescale). */
  readonly value: (k: number) => number;
  readonly slices?: number;
  readonly extra?: (k: number) => readonly El[];
}

/**
 * Writes 4×4×`slices` axial series (1 mm pixels, 2 mm slices, origin [0,0,0]) as Part 10 files
 * into `dir/<uid>/`; returns the series folders.
 */
export function writeFixtureStudy(dir: string, series: readonly FixtureSeries[]): string[] {
  return series.map((s) => {
    const out = path.join(dir, s.uid);
    mkdirSync(out, { recursive: true });
    for (let k = 0; k < (s.slices ?? 3); k++) {
      const bytes = writeSlice({
        sop: `${s.uid}.${k + 1}`,
        series: s.uid,
        modality: s.modality,
        rows: 4,
        columns: 4,
        ipp: [0, 0, 2 * k],
        iop: [1, 0, 0, 0, 1, 0],
        spacing: [1, 1],
        instanceNumber: k + 1,
        pixels: new Int16Array(16).fill(s.value(k)),
        extra: [{ tag: 0x0008103e, vr: 'LO', value: s.description }, ...(s.extra?.(k) ?? [])],
      });
      writeFileSync(path.join(out, `${k + 1}.dcm`), bytes);
    }
    return out;
  });
}
