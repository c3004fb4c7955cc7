import type { Geometry } from '@caliper/core';
import { voxelIndex, voxelToPatient } from '@caliper/core';
import type { NaturalDataset } from 'dcmjs';
import type { Code } from '../dicom/codes';
import { codeSeq } from '../sr/contentItems';

/** What a derived parametric series says about its values: the UCUM unit and the real-world slope. */
export interface MapSeriesIds {
  readonly seriesInstanceUID: string;
  readonly seriesNumber: number;
  readonly description: string;
  readonly derivation: string;
  readonly date: string;
  readonly time: string;
  /** ImageType value 4, e.g. 'KTRANS', 'ADC', 'CBF'. */
  readonly parameter: string;
  readonly ucum: string;
  readonly unitMeaning: string;
  /** Real-world value = slope × stored value (intercept 0). */
  readonly slope: number;
  /** ImageType value 3 (default 'PERFUSION'; the ADC map uses the MR defined term 'DIFFUSION MAP'). */
  readonly imageType3?: string;
  /** IOD of the derived series (default 'MR'): a map from a CT source is a CT image. */
  readonly modality?: 'MR' | 'CT';
  /** Defaults for MR ScanningSequence / SequenceVariant when the source has none (default GR / SP). */
  readonly sequence?: { readonly scanning: string; readonly variant: string };
  /** Initial display window in real-world units × 1/slope (stored values), when the writer knows one. */
  readonly window?: { readonly center: number; readonly width: number };
  /** Text of the Real World Value Mapping item (default '<parameter> in <ucum> = <slope> × stored value'). */
  readonly lutExplanation?: string;
  /** PS3.16 code of the quantity (Quantity Definition in the Real World Value Mapping item), when one exists. */
  readonly quantity?: Code;
}

/** Concept name of a Quantity Definition item (PS3.3 C.7.6.16.2.11.1.1). */
const QUANTITY = { value: '246205007', scheme: 'SCT', meaning: 'Quantity' };

/** The Quantity Definition Sequence naming what a Real World Value Mapping item measures. */
export const quantityDefinition = (quantity: Code | undefined): NaturalDataset =>
  quantity ? { QuantityDefinitionSequence: [{ ValueType: 'CODE', ConceptNameCodeSequence: codeSeq(QUANTITY), ConceptCodeSequence: codeSeq(quantity) }] } : {};

/** The image IOD of a map derived from a source of this SOP class: CT for (enhanced) CT images, else MR. */
export const mapModalityOf = (sourceSopClassUID: string): 'MR' | 'CT' =>
  sourceSopClassUID === CT_IMAGE_STORAGE || sourceSopClassUID === ENHANCED_CT_IMAGE_STORAGE ? 'CT' : 'MR';

export const MR_IMAGE_STORAGE = '1.2.840.10008.5.1.4.1.1.4';
export const CT_IMAGE_STORAGE = '1.2.840.10008.5.1.4.1.1.2';
export const ENHANCED_CT_IMAGE_STORAGE = '1.2.840.10008.5.1.4.1.1.2.1';
/**
 * Type 2 attributes of the IOD (present, possibly empty). Laterality (General Series, type 2C) is
 * added empty only when the body part is paired or not stated — the condition dciodvfy checks; an
 * empty one on an unpaired body part (HEAD, ABDOMEN) is an error there.
 */
const TYPE2_COMMON = ['PatientName', 'PatientID', 'PatientBirthDate', 'PatientSex', 'StudyDate', 'StudyTime', 'StudyID', 'AccessionNumber', 'ReferringPhysicianName', 'PositionReferenceIndicator', 'SliceThickness', 'PatientPosition'];
const TYPE2 = {
  MR: [...TYPE2_COMMON, 'ScanOptions', 'MRAcquisitionType', 'EchoTime', 'EchoTrainLength'],
  // CT Image module (PS3.3 C.8.2.1): KVP and AcquisitionNumber are type 2.
  CT: [...TYPE2_COMMON, 'KVP', 'AcquisitionNumber'],
} as const;
/** Paired body parts (PS3.16 CID 4 terms that have a laterality). */
const PAIRED = new Set(['BREAST', 'EYE', 'KIDNEY', 'LUNG', 'OVARY', 'TESTIS', 'ADRENAL', 'EAR', 'ELBOW', 'HAND', 'FOOT', 'KNEE', 'HIP', 'SHOULDER', 'WRIST', 'ANKLE', 'ARM', 'LEG', 'FEMUR', 'HUMERUS', 'CLAVICLE', 'SCAPULA', 'PAROTID', 'EXTREMITY']);
/** Source attributes that belong to one acquisition technique only (never copied across IODs). */
const MR_ONLY = ['ScanningSequence', 'SequenceVariant', 'ScanOptions', 'MRAcquisitionType', 'RepetitionTime', 'EchoTime', 'EchoTrainLength', 'MagneticFieldStrength'];
const CT_ONLY = ['KVP'];

/**
 * One slice of a derived parameter map (perfusion, ADC) as an MR or CT Image Storage data set
 * (naturalized): unsigned 16-bit stored values, the unit and slope in a Real World Value Mapping
 * item (UCUM unit, intercept 0), ImageType DERIVED\SECONDARY\<imageType3>\<PARAMETER>, the geometry
 * of the source series. An MR image carries no Rescale (the MR Image IOD has no Modality LUT module,
 * dciodvfy flags it); a CT image must (PS3.3 C.8.2.1: type 1), so it gets the same slope with
 * RescaleType 'US' (unspecified: the values are not HU). `source`: readSourceAttributes of the source image.
 */
export function mapSliceDataset(source: NaturalDataset, geometry: Geometry, k: number, pixels: Uint16Array, ids: MapSeriesIds, sopInstanceUID: string): NaturalDataset {
  const modality = ids.modality ?? 'MR';
  const ds: NaturalDataset = { ...source };
  for (const kw of modality === 'CT' ? MR_ONLY : CT_ONLY) delete ds[kw];
  for (const kw of TYPE2[modality]) if (ds[kw] === undefined) ds[kw] = '';
  const bodyPart = typeof ds.BodyPartExamined === 'string' ? ds.BodyPartExamined.toUpperCase() : '';
  if (ds.Laterality === undefined && (!bodyPart || PAIRED.has(bodyPart))) ds.Laterality = '';
  if (modality === 'MR') {
    if (!ds.ScanningSequence) ds.ScanningSequence = [ids.sequence?.scanning ?? 'GR'];
    if (!ds.SequenceVariant) ds.SequenceVariant = [ids.sequence?.variant ?? 'SP'];
  }
  if (!ds.FrameOfReferenceUID) ds.FrameOfReferenceUID = ids.seriesInstanceUID + '.0';
  const g = geometry;
  const ipp = voxelToPatient(g, voxelIndex(0, 0, k));
  const [ni, nj] = g.dimensions;
  const rescale = modality === 'CT' ? { RescaleIntercept: 0, RescaleSlope: ids.slope, RescaleType: 'US' } : {};
  const window = ids.window ? { WindowCenter: ids.window.center, WindowWidth: ids.window.width } : {};
  return {
    ...ds,
    SpecificCharacterSet: 'ISO_IR 192',
    SOPClassUID: modality === 'CT' ? CT_IMAGE_STORAGE : MR_IMAGE_STORAGE,
    SOPInstanceUID: sopInstanceUID,
    Modality: modality,
    Manufacturer: 'Caliper',
    SeriesInstanceUID: ids.seriesInstanceUID,
    SeriesNumber: ids.seriesNumber,
    SeriesDescription: ids.description,
    SeriesDate: ids.date,
    SeriesTime: ids.time,
    ContentDate: ids.date,
    ContentTime: ids.time,
    InstanceNumber: k + 1,
    ImageType: ['DERIVED', 'SECONDARY', ids.imageType3 ?? 'PERFUSION', ids.parameter],
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
    ...rescale,
    RealWorldValueMappingSequence: [{
      LUTExplanation: ids.lutExplanation ?? `${ids.parameter} in ${ids.ucum} = ${ids.slope} × stored value`,
      LUTLabel: ids.parameter,
      MeasurementUnitsCodeSequence: [{ CodeValue: ids.ucum, CodingSchemeDesignator: 'UCUM', CodeMeaning: ids.unitMeaning }],
      RealWorldValueFirstValueMapped: 0,
      RealWorldValueLastValueMapped: 65535,
      RealWorldValueIntercept: 0,
      RealWorldValueSlope: ids.slope,
      ...quantityDefinition(ids.quantity),
      _vrMap: { RealWorldValueFirstValueMapped: 'US', RealWorldValueLastValueMapped: 'US' },
    }],
    ...window,
    PixelData: [pixels.buffer.slice(pixels.byteOffset, pixels.byteOffset + pixels.byteLength)],
    _vrMap: { PixelData: 'OW' },
  };
}
