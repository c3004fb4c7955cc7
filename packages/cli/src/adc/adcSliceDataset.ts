import type { Geometry } from '@caliper/core';
import { voxelIndex, voxelToPatient } from '@caliper/core';
import type { Instance } from '@caliper/dicom';
import type { NaturalDataset } from 'dcmjs';

/** Attributes copied from the source (lowest-b) image: patient, study, frame of reference, MR acquisition. */
export const COPIED: readonly [string, string][] = [
  ['PatientName', 'x00100010'], ['PatientID', 'x00100020'], ['PatientBirthDate', 'x00100030'], ['PatientSex', 'x00100040'],
  ['StudyInstanceUID', 'x0020000d'], ['StudyDate', 'x00080020'], ['StudyTime', 'x00080030'], ['StudyID', 'x00200010'],
  ['AccessionNumber', 'x00080050'], ['ReferringPhysicianName', 'x00080090'], ['StudyDescription', 'x00081030'],
  ['FrameOfReferenceUID', 'x00200052'], ['PositionReferenceIndicator', 'x00201040'], ['PatientPosition', 'x00185100'],
  ['ScanningSequence', 'x00180020'], ['SequenceVariant', 'x00180021'], ['ScanOptions', 'x00180022'], ['MRAcquisitionType', 'x00180023'],
  ['RepetitionTime', 'x00180080'], ['EchoTime', 'x00180081'], ['EchoTrainLength', 'x00180091'], ['MagneticFieldStrength', 'x00180087'],
  ['SliceThickness', 'x00180050'], ['BodyPartExamined', 'x00180015'],
];
/** Type 2 attributes that must be present (possibly empty) in the MR Image IOD. */
export const TYPE2 = ['PatientName', 'PatientID', 'PatientBirthDate', 'PatientSex', 'StudyDate', 'StudyTime', 'StudyID', 'AccessionNumber', 'ReferringPhysicianName', 'PositionReferenceIndicator', 'ScanOptions', 'MRAcquisitionType', 'EchoTime', 'EchoTrainLength', 'SliceThickness'];

const MR_IMAGE_STORAGE = '1.2.840.10008.5.1.4.1.1.4';
const MULTI = new Set(['ScanningSequence', 'SequenceVariant', 'ScanOptions']);

export interface AdcSeriesIds {
  readonly seriesInstanceUID: string;
  readonly seriesNumber: number;
  readonly description: string;
  readonly derivation: string;
  readonly date: string;
  readonly time: string;
}

/**
 * One slice of the ADC map as an MR Image Storage data set (dcmjs naturalized). Pixel values are
 * ADC in 10^-6 mm2/s (µm²/s) as uint16; the unit is stated by a Real World Value Mapping item
 * (UCUM `um2/s`, slope 1, intercept 0), by ImageType value 4 'ADC' and in the series description.
 */
export function adcSliceDataset(source: Instance, geometry: Geometry, k: number, pixels: Uint16Array, ids: AdcSeriesIds, sopInstanceUID: string): NaturalDataset {
  const ds: NaturalDataset = {};
  for (const [kw, tag] of COPIED) {
    const v = source.dataSet.string(tag)?.trim();
    if (v) ds[kw] = MULTI.has(kw) ? v.split('\\') : v;
  }
  for (const kw of TYPE2) if (ds[kw] === undefined) ds[kw] = '';
  if (!ds.ScanningSequence) ds.ScanningSequence = ['EP'];
  if (!ds.SequenceVariant) ds.SequenceVariant = ['NONE'];
  if (!ds.StudyInstanceUID) ds.StudyInstanceUID = source.studyInstanceUID;
  if (!ds.FrameOfReferenceUID) ds.FrameOfReferenceUID = source.frameOfReferenceUID ?? ids.seriesInstanceUID + '.0';
  const g = geometry;
  const ipp = voxelToPatient(g, voxelIndex(0, 0, k));
  const [ni, nj] = g.dimensions;
  return {
    ...ds,
    SpecificCharacterSet: 'ISO_IR 192',
    SOPClassUID: MR_IMAGE_STORAGE,
    SOPInstanceUID: sopInstanceUID,
    Modality: 'MR',
    Manufacturer: 'Caliper',
    SeriesInstanceUID: ids.seriesInstanceUID,
    SeriesNumber: ids.seriesNumber,
    SeriesDescription: ids.description,
    SeriesDate: ids.date,
    SeriesTime: ids.time,
    ContentDate: ids.date,
    ContentTime: ids.time,
    InstanceNumber: k + 1,
    // Value 3 'DIFFUSION MAP' is the MR defined term; value 4 'ADC' names the quantity (as Siemens does).
    ImageType: ['DERIVED', 'SECONDARY', 'DIFFUSION MAP', 'ADC'],
    DerivationDescription: ids.derivation,
    ImagePositionPatient: [ipp[0], ipp[1], ipp[2]],
    ImageOrientationPatient: [...g.rowDirection, ...g.columnDirection],
    PixelSpacing: [g.spacing[1], g.spacing[0]],
    SpacingBetweenSlices: g.spacing[2],
    SliceLocation: ipp[0] * g.sliceDirection[0] + ipp[1] * g.sliceDirection[1] + ipp[2] * g.sliceDirection[2],
    Rows: nj,
    Columns: ni,
    SamplesPerPixel: 1,
    PhotometricInterpretation: 'MONOCHROME2',
    BitsAllocated: 16,
    BitsStored: 16,
    HighBit: 15,
    PixelRepresentation: 0,
    // The unit travels in the Real World Value Mapping (PS3.3 C.7.6.16.2.11.1), not Rescale*: the
    // MR Image IOD has no Modality LUT module, so dciodvfy flags Rescale* there.
    RealWorldValueMappingSequence: [{
      LUTExplanation: 'ADC in um2/s (10^-6 mm2/s)',
      LUTLabel: 'ADC',
      MeasurementUnitsCodeSequence: [{ CodeValue: 'um2/s', CodingSchemeDesignator: 'UCUM', CodeMeaning: 'um2/s' }],
      RealWorldValueFirstValueMapped: 0,
      RealWorldValueLastValueMapped: 65535,
      RealWorldValueIntercept: 0,
      RealWorldValueSlope: 1,
      _vrMap: { RealWorldValueFirstValueMapped: 'US', RealWorldValueLastValueMapped: 'US' },
    }],
    WindowCenter: 1000,
    WindowWidth: 2000,
    PixelData: [pixels.buffer.slice(pixels.byteOffset, pixels.byteOffset + pixels.byteLength)],
    _vrMap: { PixelData: 'OW' },
  };
}
