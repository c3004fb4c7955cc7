import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import dcmjs from 'dcmjs';
import type { NaturalDataset } from 'dcmjs';
import type { DiffusionVolume } from './loadDiffusion';
import { adcSliceDataset } from './adcSliceDataset';
import { adcToMicro } from './adcToMicro';

const { DicomDict, DicomMetaDictionary } = dcmjs.data;
const IMPLEMENTATION_CLASS_UID = '2.25.258416530128397284157092186519614440315';

export function part10(ds: NaturalDataset): Uint8Array {
  const meta = {
    FileMetaInformationVersion: new Uint8Array([0, 1]).buffer,
    MediaStorageSOPClassUID: ds.SOPClassUID,
    MediaStorageSOPInstanceUID: ds.SOPInstanceUID,
    TransferSyntaxUID: '1.2.840.10008.1.2.1',
    ImplementationClassUID: IMPLEMENTATION_CLASS_UID,
    ImplementationVersionName: 'CALIPER_0_1',
  };
  const dict = new DicomDict(DicomMetaDictionary.denaturalizeDataset(meta));
  dict.dict = DicomMetaDictionary.denaturalizeDataset(ds);
  return new Uint8Array(dict.write());
}

export const uid = (): string => {
  // 2.25.<128-bit random as decimal> (PS3.5 B.2 UUID-derived UID).
  const b = crypto.getRandomValues(new Uint8Array(16));
  return '2.25.' + BigInt('0x' + Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('')).toString();
};

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
    seriesInstanceUID: uid(),
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
    await writeFile(file, part10(adcSliceDataset(src, g, k, pixels, ids, uid())));
    files.push(file);
  }
  return files;
}
