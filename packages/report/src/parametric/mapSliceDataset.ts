import type { Geometry } from '@caliper/core';
import { voxelIndex, voxelToPatient } from '@caliper/core';
import type { NaturalDataset } from 'dcmjs';

/** What an MR parametric map series says about its values: the UCUM unit and the real-world slope. */
export interface MapSeriesIds {
  readonly seriesInstanceUID: string;
  readonly seriesNumber: number;
  readonly description: string;
  readonly derivation: string;
  readonly date: string;
  readonly time: string;
  /** ImageType value 4, e.g. 'KTRANS'. */
  readonly parameter: string;
  readonly ucum: string;
  readonly unitMeaning: string;
  /** Real-world value = slope × stored value (intercept 0). */
  readonly slope: number;
}

export const MR_IMAGE_STORAGE = '1.2.840.10008.5.1.4.1.1.4';
/** Type 2 attributes of the MR Image IOD (present, possibly empty). */
const TYPE2 = ['PatientName', 'PatientID', 'PatientBirthDate', 'PatientSex', 'StudyDate', 'StudyTime', 'StudyID', 'AccessionNumber', 'ReferringPhysicianName', 'PositionReferenceIndicator', 'ScanOptions', 'MRAcquisitionType', 'EchoTime', 'EchoTrainLength', 'SliceThickness', 'Laterality', 'PatientPosition'];

/**
 * One slice of a perfusion parameter map as an MR Image Storage data set (naturalized): unsigned
 * 16-bit stored values, the unit and slope in a Real World Value Mapping item (UCUM unit, intercept
 * 0; no Rescale, which the MR Image IOD lacks), ImageType DERIVED\SECONDARY\PERFUSION\<PARAMETER>,
 * the geometry of the dynamic series. `source`: readSourceAttributes of the source image.
 */
export function mapSliceDataset(source: NaturalDataset, geometry: Geometry, k: number, pixels: Uint16Array, ids: MapSeriesIds, sopInstanceUID: string): NaturalDataset {
  const ds: NaturalDataset = { ...source };
  for (const kw of TYPE2) if (ds[kw] === undefined) ds[kw] = '';
  if (!ds.ScanningSequence) ds.ScanningSequence = ['GR'];
  if (!ds.SequenceVariant) ds.SequenceVariant = ['SP'];
  if (!ds.FrameOfReferenceUID) ds.FrameOfReferenceUID = ids.seriesInstanceUID + '.0';
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
    ImageType: ['DERIVED', 'SECONDARY', 'PERFUSION', ids.parameter],
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
    RealWorldValueMappingSequence: [{
      LUTExplanation: `${ids.parameter} in ${ids.ucum} = ${ids.slope} × stored value`,
      LUTLabel: ids.parameter,
      MeasurementUnitsCodeSequence: [{ CodeValue: ids.ucum, CodingSchemeDesignator: 'UCUM', CodeMeaning: ids.unitMeaning }],
      RealWorldValueFirstValueMapped: 0,
      RealWorldValueLastValueMapped: 65535,
      RealWorldValueIntercept: 0,
      RealWorldValueSlope: ids.slope,
      _vrMap: { RealWorldValueFirstValueMapped: 'US', RealWorldValueLastValueMapped: 'US' },
    }],
    PixelData: [pixels.buffer.slice(pixels.byteOffset, pixels.byteOffset + pixels.byteLength)],
    _vrMap: { PixelData: 'OW' },
  };
}
