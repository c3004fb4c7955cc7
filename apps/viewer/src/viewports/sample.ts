import { StackViewport, cache, metaData, type Types } from '@cornerstonejs/core';
import { adcDisplayMapping, type AdcDisplayMapping } from './adcDisplay';
import { derivedAdcMapping, derivedUnit } from './derivedImages';
import { getEngine } from './engine';
import { prefetchedInstance } from './prefetch';

export interface Sample {
  /** Voxel value (modality units: HU, SUVbw, ...), null outside the image. */
  readonly value: number | null;
  readonly unit: string;
  /** Patient coordinate (LPS mm) of the canvas point. */
  readonly lps: [number, number, number];
  /** Voxel index (i column, j row, k slice in slice order) of the canvas point; null without image data. */
  readonly ijk: [number, number, number] | null;
  /** True when the point lies on the image (inside the voxel grid). */
  readonly inside: boolean;
  /** Rendered RGBA at that canvas point (CSS pixels). */
  readonly rgba: [number, number, number, number];
}

const adcCache = new Map<string, AdcDisplayMapping | null>();

/** For an MR ADC map (RWVM in a UCUM diffusivity, or ImageType 'ADC'): displayed value → 10^-3 mm2/s. */
export function adcMappingOf(imageId: string | undefined): AdcDisplayMapping | undefined {
  if (!imageId) return undefined;
  const derived = derivedAdcMapping(imageId);
  if (derived) return derived;
  let m = adcCache.get(imageId);
  if (m === undefined) {
    const inst = prefetchedInstance(imageId);
    m = inst ? (adcDisplayMapping(inst) ?? null) : null;
    if (inst) adcCache.set(imageId, m);
  }
  return m ?? undefined;
}

/** Display unit of an image's stored-then-scaled values. */
export function unitOf(imageId: string | undefined): string {
  if (!imageId) return 'raw';
  const derived = derivedUnit(imageId);
  if (derived) return derived;
  const modality = (metaData.get('generalSeriesModule', imageId) as { modality?: string } | undefined)?.modality;
  if (modality === 'MR' && adcMappingOf(imageId)) return '10^-3 mm2/s';
  if (modality === 'CT') return 'HU';
  if (modality === 'PT') {
    const s = metaData.get('scalingModule', imageId) as { suvbw?: number } | undefined;
    if (s?.suvbw) return 'SUVbw';
    const units = (metaData.get('petSeriesModule', imageId) as { units?: string } | undefined)?.units;
    return units === 'BQML' ? 'Bq/mL' : (units ?? 'raw');
  }
  return 'raw';
}

/** Voxel value + patient position under a canvas point (CSS px) of a viewport. */
export function valueAt(viewportId: string, canvasX: number, canvasY: number, volumeId?: string): Omit<Sample, 'rgba'> {
  const vp = getEngine().getViewport(viewportId) as Types.IStackViewport | Types.IVolumeViewport;
  const world = vp.canvasToWorld([canvasX, canvasY]) as Types.Point3;
  const data = (volumeId ? (vp as Types.IVolumeViewport).getImageData(volumeId) : vp.getImageData()) as Types.IImageData | undefined;
  const lps: [number, number, number] = [world[0], world[1], world[2]];
  const volume = volumeId ?? (vp as Types.IVolumeViewport).getActors?.()[0]?.referencedId;
  const volImageId = volume ? (cache.getVolume(volume) as Types.IImageVolume | undefined)?.imageIds?.[0] : undefined;
  const imageId = volImageId ?? vp.getCurrentImageId();
  const unit = unitOf(imageId);
  const adc = unit === '10^-3 mm2/s' ? adcMappingOf(imageId) : undefined;
  if (!data) return { value: null, unit, lps, ijk: null, inside: false };
  const idx = data.imageData.worldToIndex(world as unknown as [number, number, number]) as unknown as number[];
  const at: [number, number, number] = [Math.round(idx[0]), Math.round(idx[1]), Math.round(idx[2])];
  // A stack's image data is its one shown image (k = 0): its voxel index k is the image's place in
  // slice order, the same k as the series' volume.
  const ijk: [number, number, number] = vp instanceof StackViewport ? [at[0], at[1], vp.getCurrentImageIdIndex()] : at;
  const [ni, nj, nk] = data.dimensions;
  if (at.some((v, a) => v < 0 || v >= [ni, nj, nk][a])) return { value: null, unit, lps, ijk, inside: false };
  const vm = data.voxelManager as Types.IVoxelManager<number> | undefined;
  const value = vm ? (vm.getAtIJK(at[0], at[1], at[2]) as number) : (data.scalarData[at[0] + at[1] * ni + at[2] * ni * nj] as number);
  if (value == null) return { value: null, unit, lps, ijk, inside: true };
  return { value: adc ? value * adc.scale + adc.offset : value, unit, lps, ijk, inside: true };
}

/** RGBA drawn on the viewport's on-screen canvas at a CSS-pixel position. */
export function rgbaAt(viewportId: string, canvasX: number, canvasY: number): [number, number, number, number] {
  const vp = getEngine().getViewport(viewportId);
  const canvas = vp.getCanvas();
  const scale = canvas.width / (canvas.clientWidth || canvas.width);
  const x = Math.floor(canvasX * scale);
  const y = Math.floor(canvasY * scale);
  const ctx2d = canvas.getContext('2d', { willReadFrequently: true });
  if (ctx2d) return [...ctx2d.getImageData(x, y, 1, 1).data] as [number, number, number, number];
  // WebGL canvas: draw into a 2D canvas to read it.
  const tmp = document.createElement('canvas');
  tmp.width = canvas.width;
  tmp.height = canvas.height;
  const t = tmp.getContext('2d')!;
  t.drawImage(canvas, 0, 0);
  return [...t.getImageData(x, y, 1, 1).data] as [number, number, number, number];
}

export function sample(viewportId: string, canvasX: number, canvasY: number, volumeId?: string): Sample {
  return { ...valueAt(viewportId, canvasX, canvasY, volumeId), rgba: rgbaAt(viewportId, canvasX, canvasY) };
}
