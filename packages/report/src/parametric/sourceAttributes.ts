import type { NaturalDataset } from 'dcmjs';

/** Attributes a derived map copies from its source image (keyword, tag), as the ADC writer does. */
export const COPIED_ATTRIBUTES: readonly (readonly [string, string])[] = [
  ['PatientName', 'x00100010'], ['PatientID', 'x00100020'], ['PatientBirthDate', 'x00100030'], ['PatientSex', 'x00100040'],
  ['StudyInstanceUID', 'x0020000d'], ['StudyDate', 'x00080020'], ['StudyTime', 'x00080030'], ['StudyID', 'x00200010'],
  ['AccessionNumber', 'x00080050'], ['ReferringPhysicianName', 'x00080090'], ['StudyDescription', 'x00081030'],
  ['FrameOfReferenceUID', 'x00200052'], ['PositionReferenceIndicator', 'x00201040'], ['PatientPosition', 'x00185100'],
  ['ScanningSequence', 'x00180020'], ['SequenceVariant', 'x00180021'], ['ScanOptions', 'x00180022'], ['MRAcquisitionType', 'x00180023'],
  ['RepetitionTime', 'x00180080'], ['EchoTime', 'x00180081'], ['EchoTrainLength', 'x00180091'], ['MagneticFieldStrength', 'x00180087'],
  ['KVP', 'x00180060'], ['SliceThickness', 'x00180050'], ['BodyPartExamined', 'x00180015'], ['Laterality', 'x00200060'],
];

const MULTI = new Set(['ScanningSequence', 'SequenceVariant', 'ScanOptions']);

/**
 * The source attributes of one image, read through any header reader (a dicom-parser DataSet's
 * `string`, a DICOMweb JSON lookup…): trimmed, empty ones left out, multi-valued CS split.
 */
export function readSourceAttributes(get: (tag: string) => string | undefined): NaturalDataset {
  const ds: NaturalDataset = {};
  for (const [kw, tag] of COPIED_ATTRIBUTES) {
    const v = get(tag)?.trim();
    if (v) ds[kw] = MULTI.has(kw) ? v.split('\\') : v;
  }
  return ds;
}
