import type { Result } from '@caliper/core';
import { err, ok } from '@caliper/core';
import type { Instance, SpgrParameters } from '@caliper/dicom';
import { readSpgrParameters } from '@caliper/dicom';

export type { SpgrParameters } from '@caliper/dicom';
export { readFlipAngle, readRepetitionTime } from '@caliper/dicom';

/**
 * The SPGR acquisition parameters of one dynamic series (packages/dicom readSpgrParameters, the
 * viewer's reader too): an image without them is an error naming the file ("FlipAngle (0018,1314)
 * missing" / "RepetitionTime (0018,0080) missing"); images that disagree are an error too.
 */
export function readAcquisition(images: readonly Instance[]): Result<SpgrParameters, string> {
  const r = readSpgrParameters(images, { scope: 'dynamic series' });
  return r.ok ? ok({ flipAngleDeg: r.value.flipAngleDeg, trMs: r.value.trMs }) : err(r.error);
}
