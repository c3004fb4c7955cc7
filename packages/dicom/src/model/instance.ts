import type { Vec3 } from '@caliper/core';
import type { DataSet } from 'dicom-parser';

/** Direction cosines (0020,0037): row direction (3) then column direction (3). */
export type Orientation = readonly [number, number, number, number, number, number];

/**
 * Geometry and rescale of one frame, from the per-frame / shared functional groups of an
 * enhanced multi-frame object (PS3.3 C.7.6.16). Missing fields fall back to the instance's.
 */
export interface FrameInfo {
  readonly imagePositionPatient?: Vec3;
  readonly imageOrientationPatient?: Orientation;
  /** [row spacing, column spacing] in mm (PixelSpacing order). */
  readonly pixelSpacing?: readonly [number, number];
  readonly sliceThickness?: number;
  readonly rescaleSlope?: number;
  readonly rescaleIntercept?: number;
}

/** One parsed DICOM object: key attributes plus the raw data set for anything else. */
export interface Instance {
  /** Where it came from (path, File name, URL): used in every error message. */
  readonly file: string;
  readonly sopInstanceUID: string;
  readonly sopClassUID: string;
  readonly seriesInstanceUID: string;
  readonly studyInstanceUID: string;
  readonly modality: string;
  readonly patientName?: string;
  readonly patientId?: string;
  readonly patientBirthDate?: string;
  readonly patientSex?: string;
  readonly studyDate?: string;
  readonly studyDescription?: string;
  readonly seriesDescription?: string;
  readonly seriesNumber?: number;
  readonly instanceNumber?: number;
  readonly frameOfReferenceUID?: string;
  readonly rows: number;
  readonly columns: number;
  /** [row spacing, column spacing] in mm, PixelSpacing (0028,0030) order. */
  readonly pixelSpacing?: readonly [number, number];
  readonly imagePositionPatient?: Vec3;
  readonly imageOrientationPatient?: Orientation;
  readonly sliceThickness?: number;
  readonly spacingBetweenSlices?: number;
  readonly numberOfFrames: number;
  readonly bitsAllocated: number;
  readonly bitsStored: number;
  readonly highBit: number;
  /** 0 unsigned, 1 two's complement. */
  readonly pixelRepresentation: 0 | 1;
  readonly photometricInterpretation: string;
  readonly samplesPerPixel: number;
  /** 0 interleaved (R1G1B1...), 1 planar (R...G...B...). */
  readonly planarConfiguration: 0 | 1;
  readonly rescaleSlope: number;
  readonly rescaleIntercept: number;
  /** True when the object itself carried RescaleSlope/Intercept (top level or functional groups). */
  readonly hasRescale: boolean;
  /** Units (0054,1001), e.g. BQML for PET. */
  readonly units?: string;
  readonly transferSyntaxUID: string;
  readonly hasPixelData: boolean;
  /** Per-frame info of enhanced multi-frame objects (length numberOfFrames), else undefined. */
  readonly frames?: readonly FrameInfo[];
  /** The dicom-parser data set: read any other tag (e.g. PET radiopharmaceutical, private tags). */
  readonly dataSet: DataSet;
  /** The bytes the data set indexes into (inflated for deflated transfer syntax). */
  readonly byteArray: Uint8Array;
}
