import { imageLoader, metaData, utilities, type Types } from '@cornerstonejs/core';
import type { Geometry, IntensityUnit } from '@caliper/core';
import type { AdcDisplayMapping } from './adcDisplay';
import { windowForRange } from './windowForRange';

/** Image-id scheme of the volumes Caliper computes itself (e.g. a fitted ADC map). */
export const DERIVED_SCHEME = 'caliper-derived';

/**
 * A computed volume shown as a normal Cornerstone series: slice k mirrors the geometry (and patient /
 * study header) of `sourceImageIds[k]`; its pixels are slice k of `pixels()` (Float32, k-major).
 */
export interface DerivedVolume {
  /** Unique key, e.g. `adc:<DWI series UID>`; imageIds are `caliper-derived:<key>:<k>`. */
  readonly key: string;
  readonly seriesInstanceUID: string;
  readonly parentSeriesUID: string;
  readonly modality: string;
  readonly seriesDescription: string;
  readonly seriesNumber?: number;
  /** ImageType values (0008,0008), e.g. DERIVED\SECONDARY\ADC. */
  readonly imageType: readonly string[];
  readonly sourceImageIds: readonly string[];
  readonly rows: number;
  readonly columns: number;
  /** Default displayed range in pixel units (black at lower, white at upper). */
  readonly voi: { readonly lower: number; readonly upper: number };
  /** Pixel value → ADC in 10^-3 mm2/s, when the volume is an ADC map. */
  readonly adc?: AdcDisplayMapping;
  /**
   * Unit of the pixel values, when they are a quantity (a DCE map: /min, 1, mM, mM·s): read out
   * under the cursor and measured in it; with `geometry`, the measure engine takes the volume from
   * `pixels()` directly.
   */
  readonly unit?: IntensityUnit;
  readonly geometry?: Geometry;
  /** The whole volume (computed on first call; may reject). */
  readonly pixels: () => Promise<Float32Array>;
}

const volumes = new Map<string, DerivedVolume>();
const byImageId = new Map<string, { vol: DerivedVolume; k: number }>();
const bySeries = new Map<string, DerivedVolume>();
let installed = false;

export const derivedImageId = (key: string, k: number): string => `${DERIVED_SCHEME}:${key}:${k}`;

/** Registers (or replaces) a derived volume; returns its imageIds in slice order. */
export function registerDerivedVolume(vol: DerivedVolume): string[] {
  volumes.set(vol.key, vol);
  bySeries.set(vol.seriesInstanceUID, vol);
  return vol.sourceImageIds.map((_, k) => {
    const id = derivedImageId(vol.key, k);
    byImageId.set(id, { vol, k });
    return id;
  });
}

export const derivedVolumeOfSeries = (seriesUID: string): DerivedVolume | undefined => bySeries.get(seriesUID);
export const derivedVolumeOfImage = (imageId: string): DerivedVolume | undefined => byImageId.get(imageId)?.vol;

/** Unit of a derived image's values (DCE maps), undefined for other images. */
export const derivedUnit = (imageId: string): IntensityUnit | undefined => byImageId.get(imageId)?.vol.unit;

/** ADC mapping of a derived image (undefined for other images). */
export const derivedAdcMapping = (imageId: string): AdcDisplayMapping | undefined => byImageId.get(imageId)?.vol.adc;

function loadDerived(imageId: string): { promise: Promise<Types.IImage> } {
  const e = byImageId.get(imageId);
  if (!e) return { promise: Promise.reject(new Error(`unknown derived image ${imageId}`)) };
  const { vol, k } = e;
  const n = vol.rows * vol.columns;
  const promise = vol.pixels().then((all) => {
    const px = all.subarray(k * n, (k + 1) * n);
    let min = Infinity, max = -Infinity;
    for (let i = 0; i < n; i++) {
      if (px[i] < min) min = px[i];
      if (px[i] > max) max = px[i];
    }
    const plane = metaData.get('imagePlaneModule', vol.sourceImageIds[k]) as { rowPixelSpacing?: number; columnPixelSpacing?: number; frameOfReferenceUID?: string } | undefined;
    const win = windowForRange(vol.voi.lower, vol.voi.upper);
    const voxelManager = utilities.VoxelManager.createImageVoxelManager({ width: vol.columns, height: vol.rows, numberOfComponents: 1, scalarData: px });
    const image = {
      imageId,
      minPixelValue: min,
      maxPixelValue: max,
      slope: 1,
      intercept: 0,
      windowCenter: win.center,
      windowWidth: win.width,
      getPixelData: () => voxelManager.getScalarData(),
      voxelManager,
      rows: vol.rows,
      columns: vol.columns,
      height: vol.rows,
      width: vol.columns,
      color: false,
      rgba: false,
      numberOfComponents: 1,
      columnPixelSpacing: plane?.columnPixelSpacing ?? 1,
      rowPixelSpacing: plane?.rowPixelSpacing ?? 1,
      invert: false,
      photometricInterpretation: 'MONOCHROME2',
      sizeInBytes: px.byteLength,
      dataType: 'Float32Array',
      FrameOfReferenceUID: plane?.frameOfReferenceUID,
    };
    return image as unknown as Types.IImage;
  });
  return { promise };
}

/** Header modules of a derived image: its own pixel/series/VOI description, the rest from its source image. */
function provide(type: string, imageId: string): unknown {
  const e = typeof imageId === 'string' ? byImageId.get(imageId) : undefined;
  if (!e) return undefined;
  const { vol, k } = e;
  const src = vol.sourceImageIds[k];
  switch (type) {
    case 'imagePixelModule':
      return { samplesPerPixel: 1, photometricInterpretation: 'MONOCHROME2', rows: vol.rows, columns: vol.columns, bitsAllocated: 32, bitsStored: 32, highBit: 31, pixelRepresentation: 1 };
    case 'generalSeriesModule':
      return { ...(metaData.get(type, src) as object), modality: vol.modality, seriesInstanceUID: vol.seriesInstanceUID, seriesDescription: vol.seriesDescription, seriesNumber: vol.seriesNumber };
    case 'modalityLutModule':
      return { rescaleSlope: 1, rescaleIntercept: 0, rescaleType: 'US' };
    case 'voiLutModule': {
      const win = windowForRange(vol.voi.lower, vol.voi.upper);
      return { windowCenter: [win.center], windowWidth: [win.width] };
    }
    case 'generalImageModule':
      return { ...(metaData.get(type, src) as object), instanceNumber: k + 1, imageType: [...vol.imageType], lossyImageCompression: '00' };
    case 'imagePlaneModule':
    case 'patientModule':
    case 'patientStudyModule':
    case 'generalStudyModule':
    case 'mrImageModule':
      return metaData.get(type, src);
    default:
      return undefined;
  }
}

/** Registers the `caliper-derived:` image loader and its metadata provider (once). */
export function installDerivedImages(): void {
  if (installed) return;
  installed = true;
  imageLoader.registerImageLoader(DERIVED_SCHEME, loadDerived as unknown as Parameters<typeof imageLoader.registerImageLoader>[1]);
  // Above the DICOM loader's providers: derived imageIds are answered here only.
  metaData.addProvider(provide as Parameters<typeof metaData.addProvider>[0], 20_000);
}

/** All derived volumes registered (for the automation API and tests). */
export const derivedVolumes = (): DerivedVolume[] => [...volumes.values()];
