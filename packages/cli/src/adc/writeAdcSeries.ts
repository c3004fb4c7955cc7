import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { writePart10 } from '@caliper/report/dicom/part10';
import { newUid } from '@caliper/report/dicom/uid';
import type { DiffusionVolume } from './loadDiffusion';
import { adcSliceDataset } from './adcSliceDataset';
import { adcToMicro } from './adcToMicro';

/**
 * Writes the ADC map as a DICOM MR series (one file per slice, explicit VR LE) into `outDir`:
 * uint16 values in 10^-6 mm2/s, unit in a Real World Value Mapping item (UCUM um2/s, slope 1).
 * Returns the file paths.
 */
export async function writeAdcSeries(dwi: DiffusionVolume, outDir: string): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const src = dwi.stacks[0].instances[0];
  const now = new Date();
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  const ids = {
    seriesInstanceUID: newUid(),
    seriesNumber: (src.seriesNumber ?? 0) + 9000,
    description: 'ADC 10^-6 mm2/s (Caliper)',
    derivation: `ADC by log-linear least squares over b = ${dwi.bValues.join(', ')} s/mm2; values in 10^-6 mm2/s`,
    date: `${now.getUTCFullYear()}${p(now.getUTCMonth() + 1)}${p(now.getUTCDate())}`,
    time: `${p(now.getUTCHours())}${p(now.getUTCMinutes())}${p(now.getUTCSeconds())}`,
  };
  const g = dwi.volume.geometry;
  const plane = g.dimensions[0] * g.dimensions[1];
  const files: string[] = [];
  for (let k = 0; k < g.dimensions[2]; k++) {
    const pixels = adcToMicro(dwi.volume.data.subarray(k * plane, (k + 1) * plane));
    const file = path.join(outDir, `ADC_${p(k + 1, 4)}.dcm`);
    await writeFile(file, writePart10(adcSliceDataset(src, g, k, pixels, ids, newUid())));
    files.push(file);
  }
  return files;
}
