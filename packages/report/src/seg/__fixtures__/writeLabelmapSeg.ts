// Test fixture: a Label Map Segmentation Storage object (SOP Class 1.2.840.10008.5.1.4.1.1.66.7,
// SegmentationType LABELMAP, Sup 243) as highdicom writes one: one frame per slice of the source
// grid holding every segment (pixel value = segment number, 0 = none), no Segment Identification
// per frame, frames placed by Plane Position and referenced to their source image.
import type { NaturalDataset } from 'dcmjs';
import { writePart10 } from '../../dicom/part10';
import type { Grid } from '../../model/schema';
import { LABEL_MAP_SEGMENTATION_STORAGE_UID } from '../segPixels';

export interface LabelmapSegSpec {
  readonly grid: Grid;
  /** Segment number per voxel of `grid`, i fastest, then j, then k. */
  readonly labels: ArrayLike<number>;
  readonly bits: 8 | 16;
  readonly segments: readonly { readonly number: number; readonly label: string }[];
  readonly referencedSeriesInstanceUID: string;
  readonly sliceSopInstanceUIDs: readonly string[];
  readonly frameOfReferenceUID: string;
  /** Write the frames from the last slice to the first. */
  readonly reverseFrames?: boolean;
}

const CT_IMAGE_STORAGE = '1.2.840.10008.5.1.4.1.1.2';
const code = (value: string, scheme: string, meaning: string) => [{ CodeValue: value, CodingSchemeDesignator: scheme, CodeMeaning: meaning }];

export function writeLabelmapSeg(s: LabelmapSegSpec): Uint8Array {
  const [ni, nj, nk] = s.grid.dimensions;
  const plane = ni * nj;
  const order = Array.from({ length: nk }, (_, k) => (s.reverseFrames ? nk - 1 - k : k));
  const bytesPerPixel = s.bits / 8;
  const pixels = new Uint8Array(nk * plane * bytesPerPixel + ((nk * plane * bytesPerPixel) % 2));
  order.forEach((k, f) => {
    for (let p = 0; p < plane; p++) {
      const v = s.labels[k * plane + p];
      const at = (f * plane + p) * bytesPerPixel;
      pixels[at] = v & 0xff;
      if (s.bits === 16) pixels[at + 1] = v >> 8;
    }
  });
  const { origin, sliceDirection: sd, spacing, rowDirection: r, columnDirection: c } = s.grid;
  const ds: NaturalDataset = {
    SOPClassUID: LABEL_MAP_SEGMENTATION_STORAGE_UID,
    SOPInstanceUID: '2.25.316914092405171683640961392046651243',
    StudyInstanceUID: '2.25.316914092405171683640961392046651244',
    SeriesInstanceUID: '2.25.316914092405171683640961392046651245',
    Modality: 'SEG',
    SeriesDescription: 'Label map',
    FrameOfReferenceUID: s.frameOfReferenceUID,
    ImageType: ['DERIVED', 'PRIMARY'],
    ContentLabel: 'LABELMAP',
    SegmentationType: 'LABELMAP',
    SamplesPerPixel: 1,
    PhotometricInterpretation: 'MONOCHROME2',
    Rows: nj,
    Columns: ni,
    BitsAllocated: s.bits,
    BitsStored: s.bits,
    HighBit: s.bits - 1,
    PixelRepresentation: 0,
    NumberOfFrames: nk,
    SegmentSequence: s.segments.map((g) => ({
      SegmentNumber: g.number,
      SegmentLabel: g.label,
      SegmentAlgorithmType: 'MANUAL',
      SegmentedPropertyCategoryCodeSequence: code('49755003', 'SCT', 'Morphologically Altered Structure'),
      SegmentedPropertyTypeCodeSequence: code('4147007', 'SCT', 'Mass'),
    })),
    SharedFunctionalGroupsSequence: [{
      PlaneOrientationSequence: [{ ImageOrientationPatient: [...r, ...c] }],
      PixelMeasuresSequence: [{ PixelSpacing: [spacing[1], spacing[0]], SliceThickness: spacing[2], SpacingBetweenSlices: spacing[2] }],
    }],
    PerFrameFunctionalGroupsSequence: order.map((k) => ({
      DerivationImageSequence: [{ SourceImageSequence: [{ ReferencedSOPClassUID: CT_IMAGE_STORAGE, ReferencedSOPInstanceUID: s.sliceSopInstanceUIDs[k] }] }],
      FrameContentSequence: [{ DimensionIndexValues: [k + 1] }],
      PlanePositionSequence: [{ ImagePositionPatient: [0, 1, 2].map((a) => origin[a] + k * spacing[2] * sd[a]) }],
    })),
    ReferencedSeriesSequence: [{
      SeriesInstanceUID: s.referencedSeriesInstanceUID,
      ReferencedInstanceSequence: s.sliceSopInstanceUIDs.map((sop) => ({ ReferencedSOPClassUID: CT_IMAGE_STORAGE, ReferencedSOPInstanceUID: sop })),
    }],
    PixelData: [pixels.buffer],
    _vrMap: { PixelData: s.bits === 16 ? 'OW' : 'OB' },
  };
  return writePart10(ds);
}
