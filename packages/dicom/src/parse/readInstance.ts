import type { FileError, Result } from '@caliper/core';
import { err, ok } from '@caliper/core';
import type { DataSet } from 'dicom-parser';
import type { Instance } from '../model/instance';
import { frameCapacity } from './frameCapacity';
import { readFunctionalGroups } from './readFunctionalGroups';
import { readNumberOfFrames } from './readNumberOfFrames';
import { num, orientation, spacing2, str, us, vec3 } from './readTags';

const PIXEL_TAGS = ['x7fe00010', 'x7fe00008', 'x7fe00009'];

/** Build the Instance model from a parsed data set (PS3.3 image pixel / plane / series modules). */
export function readInstance(ds: DataSet, byteArray: Uint8Array, transferSyntaxUID: string, file: string): Result<Instance, FileError> {
  const fail = (reason: string) => err<FileError>({ file, reason });
  const sopInstanceUID = str(ds, 'x00080018');
  const seriesInstanceUID = str(ds, 'x0020000e');
  const studyInstanceUID = str(ds, 'x0020000d');
  if (!seriesInstanceUID) return fail('missing SeriesInstanceUID (0020,000E)');
  if (!sopInstanceUID) return fail('missing SOPInstanceUID (0008,0018)');

  const hasPixelData = PIXEL_TAGS.some((t) => ds.elements[t] !== undefined);
  const rows = us(ds, 'x00280010') ?? 0;
  const columns = us(ds, 'x00280011') ?? 0;
  const bitsAllocated = us(ds, 'x00280100') ?? 0;
  if (hasPixelData && (rows === 0 || columns === 0)) return fail('pixel data without Rows/Columns (0028,0010/0011)');
  if (hasPixelData && ![1, 8, 16, 32, 64].includes(bitsAllocated)) {
    return fail(`unsupported BitsAllocated (0028,0100) = ${bitsAllocated}`);
  }
  const frameCount = readNumberOfFrames(ds);
  if (!frameCount.ok) return fail(frameCount.error);
  const perFrameItems = ds.elements.x52009230?.items?.length ?? 0;
  // Without pixels there is nothing to count frames of: per-frame groups are read as far as they exist.
  const numberOfFrames = hasPixelData ? frameCount.value : Math.min(frameCount.value, Math.max(1, perFrameItems));
  const samplesPerPixel = us(ds, 'x00280002') ?? 1;
  if (hasPixelData && numberOfFrames > 1) {
    const capacity = frameCapacity(ds, rows, columns, samplesPerPixel, bitsAllocated);
    if (numberOfFrames > capacity) return fail(`NumberOfFrames (0028,0008) is ${numberOfFrames} but the Pixel Data holds at most ${capacity} frame(s) of ${rows}×${columns}`);
  }
  const frames = readFunctionalGroups(ds, numberOfFrames);
  const f0 = frames?.[0];

  const topSlope = num(ds, 'x00281053');
  const topIntercept = num(ds, 'x00281052');
  const rescaleSlope = topSlope ?? f0?.rescaleSlope ?? 1;
  const rescaleIntercept = topIntercept ?? f0?.rescaleIntercept ?? 0;
  const hasRescale = topSlope !== undefined || topIntercept !== undefined || f0?.rescaleSlope !== undefined;

  const optional = {
    patientName: str(ds, 'x00100010'),
    patientId: str(ds, 'x00100020'),
    patientBirthDate: str(ds, 'x00100030'),
    patientSex: str(ds, 'x00100040'),
    studyDate: str(ds, 'x00080020'),
    studyDescription: str(ds, 'x00081030'),
    seriesDescription: str(ds, 'x0008103e'),
    seriesNumber: num(ds, 'x00200011'),
    instanceNumber: num(ds, 'x00200013'),
    frameOfReferenceUID: str(ds, 'x00200052'),
    pixelSpacing: spacing2(ds, 'x00280030') ?? f0?.pixelSpacing ?? spacing2(ds, 'x00181164'),
    imagePositionPatient: vec3(ds, 'x00200032') ?? f0?.imagePositionPatient,
    imageOrientationPatient: orientation(ds, 'x00200037') ?? f0?.imageOrientationPatient,
    sliceThickness: num(ds, 'x00180050') ?? f0?.sliceThickness,
    spacingBetweenSlices: num(ds, 'x00180088'),
    units: str(ds, 'x00541001'),
    frames,
  };
  const defined = Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined));

  const instance: Instance = {
    file,
    sopInstanceUID,
    sopClassUID: str(ds, 'x00080016') ?? str(ds, 'x00020002') ?? '',
    seriesInstanceUID,
    studyInstanceUID: studyInstanceUID ?? '',
    modality: str(ds, 'x00080060') ?? 'OT',
    rows,
    columns,
    numberOfFrames,
    bitsAllocated,
    bitsStored: us(ds, 'x00280101') ?? bitsAllocated,
    highBit: us(ds, 'x00280102') ?? Math.max(0, bitsAllocated - 1),
    pixelRepresentation: us(ds, 'x00280103') === 1 ? 1 : 0,
    photometricInterpretation: str(ds, 'x00280004') ?? 'MONOCHROME2',
    samplesPerPixel,
    planarConfiguration: us(ds, 'x00280006') === 1 ? 1 : 0,
    rescaleSlope,
    rescaleIntercept,
    hasRescale,
    transferSyntaxUID,
    hasPixelData,
    dataSet: ds,
    byteArray,
    ...defined,
  };
  return ok(instance);
}
