import type { NaturalDataset } from 'dcmjs';
import { CODES } from '../dicom/codes';
import { dicomDate, dicomTime } from '../dicom/dateTime';
import type { ExportContext } from '../dicom/exportContext';
import { commonAttributes } from '../dicom/exportContext';
import { writePart10 } from '../dicom/part10';
import { newUid } from '../dicom/uid';
import type { Segmentation } from '../model/schema';
import { codeSeq } from '../sr/contentItems';
import type { SegInstanceRef } from '../sr/buildMeasurementGroup';
import { labelmapFrames } from './labelmapFrames';
import { srgbToDicomLab } from './color';

export const SEGMENTATION_STORAGE = '1.2.840.10008.5.1.4.1.1.66.4';

export interface ExportSegOptions {
  readonly sopInstanceUID?: string;
  readonly seriesInstanceUID?: string;
}

export interface ExportedSeg {
  readonly bytes: Uint8Array;
  readonly ref: SegInstanceRef;
  readonly frameCount: number;
  readonly warnings: readonly string[];
}

const SEGMENTATION_DERIVATION = { value: '113076', scheme: 'DCM', meaning: 'Segmentation' };

/**
 * A labelmap segmentation as a BINARY DICOM Segmentation (PS3.3 A.51): one segment per label,
 * one frame per (segment, slice) that holds any voxel of it, on the referenced series' grid.
 */
export function exportSeg(seg: Segmentation, ctx: ExportContext, options: ExportSegOptions = {}): ExportedSeg {
  const now = ctx.now ?? new Date();
  const warnings: string[] = [];
  const [ni, nj, nk] = seg.grid.dimensions;
  const plane = ni * nj;
  if (seg.sliceSopInstanceUIDs.length !== nk) throw new Error(`segmentation ${seg.id}: ${seg.sliceSopInstanceUIDs.length} slice UIDs for ${nk} slices`);
  let total = 0;
  for (let p = 1; p < seg.labelmap.runs.length; p += 2) total += seg.labelmap.runs[p];
  if (total !== plane * nk) throw new Error(`segmentation ${seg.id}: labelmap covers ${total} voxels, grid has ${plane * nk}`);
  const segments = [...seg.segments].sort((a, b) => a.number - b.number);
  const { frames, pixelData, empty } = labelmapFrames(seg.labelmap, plane, nk, segments.map((s) => s.number));
  for (const n of empty) warnings.push(`segment ${n} ("${segments.find((s) => s.number === n)?.label}") is empty; one empty frame written`);
  const { origin, sliceDirection: sd, spacing } = seg.grid;
  const perFrame: NaturalDataset[] = frames.map(({ segment, k }) => ({
    DerivationImageSequence: [{
      SourceImageSequence: [{
        ReferencedSOPClassUID: seg.reference.sopClassUID,
        ReferencedSOPInstanceUID: seg.sliceSopInstanceUIDs[k],
        PurposeOfReferenceCodeSequence: codeSeq(CODES.sourceImageForProcessing),
      }],
      DerivationCodeSequence: codeSeq(SEGMENTATION_DERIVATION),
    }],
    FrameContentSequence: [{ DimensionIndexValues: [segment, k + 1] }],
    PlanePositionSequence: [{ ImagePositionPatient: [0, 1, 2].map((a) => origin[a] + k * spacing[2] * sd[a]) }],
    SegmentIdentificationSequence: [{ ReferencedSegmentNumber: segment }],
  }));

  const sopInstanceUID = options.sopInstanceUID ?? newUid();
  const seriesInstanceUID = options.seriesInstanceUID ?? newUid();
  const dimensionOrganizationUID = newUid();
  const { rowDirection: r, columnDirection: c } = seg.grid;
  const ds: NaturalDataset = {
    ...commonAttributes(ctx),
    SOPClassUID: SEGMENTATION_STORAGE,
    SOPInstanceUID: sopInstanceUID,
    Modality: 'SEG',
    SeriesInstanceUID: seriesInstanceUID,
    SeriesNumber: (ctx.seriesNumber ?? 9001) + 1,
    SeriesDescription: seg.label === '' ? 'Caliper segmentation' : seg.label,
    InstanceNumber: 1,
    ContentDate: dicomDate(now),
    ContentTime: dicomTime(now),
    InstanceCreationDate: dicomDate(now),
    InstanceCreationTime: dicomTime(now),
    FrameOfReferenceUID: seg.frameOfReferenceUID,
    PositionReferenceIndicator: '',
    ImageType: ['DERIVED', 'PRIMARY'],
    ContentLabel: 'SEGMENTATION',
    ContentDescription: seg.label === '' ? 'Caliper lesion segmentation' : seg.label.slice(0, 64),
    ContentCreatorName: ctx.observerName ?? '',
    SegmentationType: 'BINARY',
    SamplesPerPixel: 1,
    PhotometricInterpretation: 'MONOCHROME2',
    Rows: nj,
    Columns: ni,
    BitsAllocated: 1,
    BitsStored: 1,
    HighBit: 0,
    PixelRepresentation: 0,
    LossyImageCompression: '00',
    NumberOfFrames: frames.length,
    SegmentSequence: segments.map((s) => {
      const item: NaturalDataset = {
        SegmentNumber: s.number,
        SegmentLabel: s.label,
        SegmentAlgorithmType: s.algorithmType,
        SegmentedPropertyCategoryCodeSequence: codeSeq(s.category),
        SegmentedPropertyTypeCodeSequence: codeSeq(s.type),
        RecommendedDisplayCIELabValue: srgbToDicomLab(s.color),
      };
      if (s.algorithmType !== 'MANUAL') item.SegmentAlgorithmName = s.algorithmName ?? 'Caliper';
      return item;
    }),
    DimensionOrganizationSequence: [{ DimensionOrganizationUID: dimensionOrganizationUID }],
    DimensionIndexSequence: [
      { DimensionOrganizationUID: dimensionOrganizationUID, DimensionIndexPointer: 0x0062000b, FunctionalGroupPointer: 0x0062000a, DimensionDescriptionLabel: 'ReferencedSegmentNumber' },
      { DimensionOrganizationUID: dimensionOrganizationUID, DimensionIndexPointer: 0x00200032, FunctionalGroupPointer: 0x00209113, DimensionDescriptionLabel: 'ImagePositionPatient' },
    ],
    SharedFunctionalGroupsSequence: [{
      PlaneOrientationSequence: [{ ImageOrientationPatient: [r[0], r[1], r[2], c[0], c[1], c[2]] }],
      PixelMeasuresSequence: [{ PixelSpacing: [spacing[1], spacing[0]], SliceThickness: spacing[2], SpacingBetweenSlices: spacing[2] }],
    }],
    PerFrameFunctionalGroupsSequence: perFrame,
    ReferencedSeriesSequence: [{
      SeriesInstanceUID: seg.reference.seriesInstanceUID,
      ReferencedInstanceSequence: seg.sliceSopInstanceUIDs.map((sop) => ({ ReferencedSOPClassUID: seg.reference.sopClassUID, ReferencedSOPInstanceUID: sop })),
    }],
    PixelData: [pixelData],
    _vrMap: { PixelData: 'OB' },
  };
  const ref: SegInstanceRef = { segmentationId: seg.id, sopInstanceUID, sopClassUID: SEGMENTATION_STORAGE, seriesInstanceUID, sourceSeriesInstanceUID: seg.reference.seriesInstanceUID };
  return { bytes: writePart10(ds), ref, frameCount: frames.length, warnings };
}
