import type { Result } from '@caliper/core';
import { err, ok } from '@caliper/core';
import type { Instance } from '@caliper/dicom';

/** FlipAngle (0018,1314) in degrees and RepetitionTime (0018,0080) in ms of a set of images. */
export interface SpgrParameters {
  readonly flipAngleDeg: number;
  readonly trMs: number;
}

const numberAt = (i: Instance, tag: string): number | undefined => {
  const v = i.dataSet.string(tag)?.trim();
  return v !== undefined && v !== '' && Number.isFinite(Number(v)) ? Number(v) : undefined;
};

export const readFlipAngle = (i: Instance): number | undefined => numberAt(i, 'x00181314');
export const readRepetitionTime = (i: Instance): number | undefined => numberAt(i, 'x00180080');

/**
 * The SPGR acquisition parameters of one dynamic series, from every image's header: an image without
 * them is an error naming the file ("FlipAngle (0018,1314) missing" / "RepetitionTime (0018,0080)
 * missing"); images that disagree are an error too (one acquisition has one flip angle and TR).
 */
export function readAcquisition(images: readonly Instance[]): Result<SpgrParameters, string> {
  let fa: number | undefined, tr: number | undefined;
  for (const i of images) {
    const a = readFlipAngle(i), t = readRepetitionTime(i);
    if (a === undefined) return err(`FlipAngle (0018,1314) missing in ${i.file}`);
    if (t === undefined) return err(`RepetitionTime (0018,0080) missing in ${i.file}`);
    if (fa !== undefined && Math.abs(a - fa) > 1e-6) return err(`FlipAngle (0018,1314) differs within the dynamic series: ${fa}° and ${a}° (${i.file})`);
    if (tr !== undefined && Math.abs(t - tr) > 1e-6) return err(`RepetitionTime (0018,0080) differs within the dynamic series: ${tr} ms and ${t} ms (${i.file})`);
    fa = a;
    tr = t;
  }
  if (fa === undefined || tr === undefined) return err('no images');
  if (!(fa > 0 && fa < 180)) return err(`FlipAngle (0018,1314) ${fa}° is not usable`);
  if (!(tr > 0)) return err(`RepetitionTime (0018,0080) ${tr} ms is not usable`);
  return ok({ flipAngleDeg: fa, trMs: tr });
}
