import type { NaturalDataset } from 'dcmjs';
import { dicomDate, dicomTime } from '../dicom/dateTime';
import { CALIPER_VERSION } from '../dicom/exportContext';
import { writePart10 } from '../dicom/part10';
import { newUid } from '../dicom/uid';
import { codeSeq } from '../sr/contentItems';
import { mapModalityOf, quantityDefinition } from './mapSliceDataset';
import { sliceAttributes, type MapProvenance, type MapSource } from './mapSource';
import type { PerfusionParameter } from './perfusionParameters';

export const PARAMETRIC_MAP_STORAGE = '1.2.840.10008.5.1.4.1.1.30';

/** One Parametric Map object (Part 10 bytes) and what identifies it. */
export interface ExportedParametricMap {
  readonly bytes: Uint8Array;
  readonly sopInstanceUID: string;
  readonly seriesInstanceUID: string;
  readonly frameCount: number;
}

const SOURCE_FOR_PROCESSING = { value: '121322', scheme: 'DCM', meaning: 'Source image for image processing operation' };
const IMAGE_PROCESSING = { value: '113130', scheme: 'DCM', meaning: 'Predicted Intensity' };
const PATIENT_ATTRS = ['PatientName', 'PatientID', 'PatientBirthDate', 'PatientSex'];
const STUDY_ATTRS = ['StudyInstanceUID', 'StudyDate', 'StudyTime', 'StudyID', 'AccessionNumber', 'ReferringPhysicianName', 'StudyDescription'];
const pick = (ds: NaturalDataset, keys: readonly string[], empty: boolean): NaturalDataset =>
  Object.fromEntries(keys.flatMap((k) => (ds[k] !== undefined ? [[k, ds[k]]] : empty ? [[k, '']] : [])));

/**
 * A parameter map as a DICOM Parametric Map (PS3.3 A.75; SOP 1.2.840.10008.5.1.4.1.1.30): one
 * multi-frame object, one 32-bit float frame per slice (Float Pixel Data, the fitted values
 * unquantised), the unit in a Real World Value Mapping item (UCUM, slope 1, intercept 0, with the
 * PS3.16 quantity where one exists) shared by all frames, each frame on the plane of the source
 * slice it derives from (Derivation Image, Plane Position). Patient, study and frame of reference
 * from the source series.
 */
export function exportParametricMap(param: PerfusionParameter, values: Float32Array, source: MapSource, provenance: MapProvenance & { readonly seriesNumber: number }): ExportedParametricMap {
  const now = provenance.now ?? new Date();
  const g = source.geometry;
  const [ni, nj, nk] = g.dimensions;
  const plane = ni * nj;
  if (values.length !== plane * nk) throw new Error(`${param.parameter} map: ${values.length} values for a ${ni}×${nj}×${nk} grid`);
  if (source.sopInstanceUIDs.length !== nk) throw new Error(`${param.parameter} map: ${source.sopInstanceUIDs.length} source images for ${nk} slices`);
  let lo = Infinity, hi = -Infinity;
  for (let v = 0; v < values.length; v++) {
    if (values[v] < lo) lo = values[v];
    if (values[v] > hi) hi = values[v];
  }
  if (!(hi > lo)) hi = lo + 1;
  const first = sliceAttributes(source, 0);
  const sopInstanceUID = newUid();
  const seriesInstanceUID = provenance.seriesInstanceUID ?? newUid();
  const dimensionOrganizationUID = newUid();
  const { rowDirection: r, columnDirection: c, sliceDirection: sd, origin, spacing } = g;
  const perFrame: NaturalDataset[] = Array.from({ length: nk }, (_, k) => ({
    DerivationImageSequence: [{
      SourceImageSequence: [{
        ReferencedSOPClassUID: source.sopClassUID,
        ReferencedSOPInstanceUID: source.sopInstanceUIDs[k],
        PurposeOfReferenceCodeSequence: codeSeq(SOURCE_FOR_PROCESSING),
      }],
      DerivationCodeSequence: codeSeq(IMAGE_PROCESSING),
    }],
    FrameContentSequence: [{ DimensionIndexValues: [k + 1] }],
    PlanePositionSequence: [{ ImagePositionPatient: [0, 1, 2].map((a) => origin[a] + k * spacing[2] * sd[a]) }],
  }));
  const rwvm: NaturalDataset = {
    LUTExplanation: `${param.parameter} (${param.ucum})`,
    LUTLabel: param.label,
    MeasurementUnitsCodeSequence: [{ CodeValue: param.ucum, CodingSchemeDesignator: 'UCUM', CodeMeaning: param.unitMeaning }],
    DoubleFloatRealWorldValueFirstValueMapped: lo,
    DoubleFloatRealWorldValueLastValueMapped: hi,
    RealWorldValueIntercept: 0,
    RealWorldValueSlope: 1,
    ...quantityDefinition(param.quantity),
  };
  const ds: NaturalDataset = {
    SpecificCharacterSet: 'ISO_IR 192',
    ...pick(first, PATIENT_ATTRS, true),
    ...pick(first, STUDY_ATTRS, true),
    SOPClassUID: PARAMETRIC_MAP_STORAGE,
    SOPInstanceUID: sopInstanceUID,
    // The modality of the source (the Parametric Map IOD takes any): CT for CT perfusion, MR for DCE/DSC.
    Modality: mapModalityOf(source.sopClassUID),
    SeriesInstanceUID: seriesInstanceUID,
    SeriesNumber: provenance.seriesNumber,
    SeriesDescription: `${param.parameter} ${param.ucum} (Caliper ${provenance.method})`.slice(0, 64),
    SeriesDate: dicomDate(now),
    SeriesTime: dicomTime(now),
    ...(first.BodyPartExamined ? { BodyPartExamined: first.BodyPartExamined } : {}),
    FrameOfReferenceUID: first.FrameOfReferenceUID ?? `${seriesInstanceUID}.0`,
    PositionReferenceIndicator: first.PositionReferenceIndicator ?? '',
    Manufacturer: 'Caliper',
    ManufacturerModelName: 'Caliper',
    DeviceSerialNumber: '1',
    SoftwareVersions: CALIPER_VERSION,
    InstanceNumber: 1,
    ContentDate: dicomDate(now),
    ContentTime: dicomTime(now),
    InstanceCreationDate: dicomDate(now),
    InstanceCreationTime: dicomTime(now),
    ImageType: ['DERIVED', 'PRIMARY', 'PERFUSION', param.label],
    ContentLabel: param.label,
    ContentDescription: `${param.parameter} by ${provenance.method}`.slice(0, 64),
    ContentCreatorName: '',
    ContentQualification: 'RESEARCH',
    SamplesPerPixel: 1,
    PhotometricInterpretation: 'MONOCHROME2',
    Rows: nj,
    Columns: ni,
    BitsAllocated: 32,
    PresentationLUTShape: 'IDENTITY',
    LossyImageCompression: '00',
    BurnedInAnnotation: 'NO',
    RecognizableVisualFeatures: 'NO',
    NumberOfFrames: nk,
    AcquisitionContextSequence: [],
    DimensionOrganizationType: '3D',
    DimensionOrganizationSequence: [{ DimensionOrganizationUID: dimensionOrganizationUID }],
    DimensionIndexSequence: [
      { DimensionOrganizationUID: dimensionOrganizationUID, DimensionIndexPointer: 0x00200032, FunctionalGroupPointer: 0x00209113, DimensionDescriptionLabel: 'ImagePositionPatient' },
    ],
    SharedFunctionalGroupsSequence: [{
      PlaneOrientationSequence: [{ ImageOrientationPatient: [r[0], r[1], r[2], c[0], c[1], c[2]] }],
      PixelMeasuresSequence: [{ PixelSpacing: [spacing[1], spacing[0]], SliceThickness: spacing[2], SpacingBetweenSlices: spacing[2] }],
      FrameAnatomySequence: [{ AnatomicRegionSequence: codeSeq({ value: '38266002', scheme: 'SCT', meaning: 'Entire body' }), FrameLaterality: ['L', 'R', 'B'].includes(String(first.Laterality)) ? String(first.Laterality) : 'U' }],
      PixelValueTransformationSequence: [{ RescaleIntercept: 0, RescaleSlope: 1, RescaleType: 'US' }],
      RealWorldValueMappingSequence: [rwvm],
      ParametricMapFrameTypeSequence: [{ FrameType: ['DERIVED', 'PRIMARY', 'PERFUSION', param.label] }],
    }],
    PerFrameFunctionalGroupsSequence: perFrame,
    ReferencedSeriesSequence: [{
      SeriesInstanceUID: source.seriesInstanceUID,
      ReferencedInstanceSequence: source.sopInstanceUIDs.map((sop) => ({ ReferencedSOPClassUID: source.sopClassUID, ReferencedSOPInstanceUID: sop })),
    }],
    FloatPixelData: [values.buffer.slice(values.byteOffset, values.byteOffset + values.byteLength)],
  };
  return { bytes: writePart10(ds), sopInstanceUID, seriesInstanceUID, frameCount: nk };
}
