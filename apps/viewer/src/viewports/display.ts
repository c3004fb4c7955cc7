import { Enums, metaData, setVolumesForViewports, type Types } from '@cornerstonejs/core';
import { appStore } from '../app/store';
import type { SeriesEntry } from '../app/types';
import { getEngine } from './engine';
import { ENGINE_ID, MIP_GROUP, STACK_GROUP, VOLUME_GROUP, type ViewportSpec } from './ids';
import { defaultPreset, voiRangeOf } from './presets';
import { attachTools } from './tools';
import { ensureVolume, volumeIdOf } from './volumes';
import { prepareSeries } from './prepareSeries';
import { exactLayerOpacity } from './layerOpacity';
import { adcMappingOf } from './sample';
import { prefetchPart10, prefetchedInstance } from './prefetch';
import { derivedVolumeOfImage } from './derivedImages';
import { adcDefaultRange, hasWindow } from '../features/adc/adcDefaultWindow';
import { fitViewportToVolume } from './fitViewport';

/** A stored scanner ADC map without window tags: 0–3 ×10⁻³ mm²/s in its displayed unit (Caliper's own maps carry that window). */
function storedAdcRange(imageId: string | undefined): { lower: number; upper: number } | undefined {
  if (!imageId || derivedVolumeOfImage(imageId)) return undefined;
  return adcDefaultRange(adcMappingOf(imageId), hasWindow(metaData.get('voiLutModule', imageId) as Parameters<typeof hasWindow>[0]));
}

export const PET_COLORMAP = 'jet';

/**
 * PET layer colour map: transparent below SUV 0.5 (no tint over background), else `opacity`. The
 * opacity function is tabulated over its point range, so its last point stays near real SUVs.
 */
export function petColormap(opacity: number) {
  return {
    name: PET_COLORMAP,
    opacity: [
      { value: 0, opacity: 0 },
      { value: 0.5, opacity },
      { value: 100, opacity },
    ],
  };
}

const ORIENTATION = {
  axial: Enums.OrientationAxis.AXIAL,
  sagittal: Enums.OrientationAxis.SAGITTAL,
  coronal: Enums.OrientationAxis.CORONAL,
  fusion: Enums.OrientationAxis.AXIAL,
  mip: Enums.OrientationAxis.CORONAL,
} as const;

/** Enables the viewports of a layout on their elements (re-using the engine). */
export function enableViewports(specs: readonly ViewportSpec[], elements: ReadonlyMap<string, HTMLDivElement>): void {
  const engine = getEngine();
  const inputs: Types.PublicViewportInput[] = specs.map((s) => ({
    viewportId: s.id,
    element: elements.get(s.id)!,
    type: s.kind === 'stack' ? Enums.ViewportType.STACK : Enums.ViewportType.ORTHOGRAPHIC,
    defaultOptions: {
      background: [0, 0, 0] as Types.Point3,
      ...(s.kind === 'stack' ? {} : { orientation: ORIENTATION[s.kind] }),
    },
  }));
  engine.setViewports(inputs);
  for (const s of specs) attachTools(s.id, ENGINE_ID, s.kind === 'stack' ? STACK_GROUP : s.kind === 'mip' ? MIP_GROUP : VOLUME_GROUP);
}

/** Shows a series as a stack, starting on its middle slice, in its modality's default W/L. */
export async function displayStack(viewportId: string, series: SeriesEntry): Promise<void> {
  const vp = getEngine().getViewport(viewportId) as Types.IStackViewport;
  // PET needs every header (SUV factors) before decoding; other stacks stream lazily.
  const ids = series.modality === 'PT' ? await prepareSeries(series) : [...series.imageIds];
  await vp.setStack(ids, Math.floor(ids.length / 2));
  const preset = defaultPreset(series.modality);
  if (preset) vp.setProperties({ voiRange: voiRangeOf(preset), invert: !!preset.invert });
  if (series.modality === 'MR') {
    // A stored ADC map's unit and window come from its header: parse the shown image's now if the
    // series' header pass (started elsewhere) has not reached it yet, or the default window would be missed.
    const id = vp.getCurrentImageId();
    if (id && !prefetchedInstance(id)) await prefetchPart10([id], undefined, true);
    const adc = storedAdcRange(id);
    if (adc) vp.setProperties({ voiRange: adc });
  }
  vp.render();
}

/** Shows one volume in the MPR viewports (axial/sagittal/coronal). */
export async function displayMpr(specs: readonly ViewportSpec[], series: SeriesEntry): Promise<void> {
  const volume = await ensureVolume(series);
  const ids = specs.map((s) => s.id);
  await setVolumesForViewports(getEngine(), [{ volumeId: volume.volumeId }], ids);
  const preset = defaultPreset(series.modality);
  const adc = series.modality === 'MR' ? storedAdcRange(series.imageIds[0]) : undefined;
  for (const id of ids) {
    const vp = getEngine().getViewport(id) as Types.IVolumeViewport;
    if (preset) vp.setProperties({ voiRange: voiRangeOf(preset), invert: !!preset.invert });
    if (adc) vp.setProperties({ voiRange: adc });
    fitViewportToVolume(vp);
  }
  getEngine().renderViewports(ids);
}

/** CT axial, PET-over-CT fusion and a coronal PET MIP. */
export async function displayFusion(specs: readonly ViewportSpec[], ct: SeriesEntry, pet: SeriesEntry): Promise<void> {
  const [ctVol, petVol] = await Promise.all([ensureVolume(ct), ensureVolume(pet)]);
  const engine = getEngine();
  const { fusionOpacity, petRange } = appStore.getState();
  const ctId = specs.find((s) => s.kind === 'axial')!.id;
  const fusedId = specs.find((s) => s.kind === 'fusion')!.id;
  const mipId = specs.find((s) => s.kind === 'mip')!.id;
  await setVolumesForViewports(engine, [{ volumeId: ctVol.volumeId }], [ctId]);
  await setVolumesForViewports(engine, [{ volumeId: ctVol.volumeId }, { volumeId: petVol.volumeId }], [fusedId]);
  await setVolumesForViewports(engine, [{ volumeId: petVol.volumeId }], [mipId]);
  const soft = voiRangeOf(defaultPreset('CT')!);
  (engine.getViewport(ctId) as Types.IVolumeViewport).setProperties({ voiRange: soft });
  const fused = engine.getViewport(fusedId) as Types.IVolumeViewport;
  fused.setProperties({ voiRange: soft }, ctVol.volumeId);
  exactLayerOpacity(fused, petVol.volumeId);
  fused.setProperties(
    { colormap: petColormap(fusionOpacity), voiRange: { lower: petRange[0], upper: petRange[1] } },
    petVol.volumeId,
  );
  const mip = engine.getViewport(mipId) as Types.IVolumeViewport;
  mip.setBlendMode(Enums.BlendModes.MAXIMUM_INTENSITY_BLEND);
  mip.setSlabThickness(estimateMipSlab(petVol));
  mip.setProperties({ voiRange: { lower: petRange[0], upper: petRange[1] * 2 }, invert: true });
  for (const id of [ctId, fusedId, mipId]) fitViewportToVolume(engine.getViewport(id) as Types.IVolumeViewport);
  engine.renderViewports([ctId, fusedId, mipId]);
}

/** Slab thick enough to cover the whole volume along any axis (its diagonal, mm). */
function estimateMipSlab(vol: Types.IImageVolume): number {
  const [x, y, z] = vol.dimensions;
  const [sx, sy, sz] = vol.spacing;
  return Math.hypot(x * sx, y * sy, z * sz);
}

/** Updates fusion opacity / PET range on the fused viewport, if shown. */
export function updateFusion(petSeriesUID: string, opacity: number, range: readonly [number, number]): void {
  const engine = getEngine();
  const vp = engine.getViewport('fusion-fused') as Types.IVolumeViewport | undefined;
  if (!vp) return;
  exactLayerOpacity(vp, volumeIdOf(petSeriesUID));
  vp.setProperties({ colormap: petColormap(opacity), voiRange: { lower: range[0], upper: range[1] } }, volumeIdOf(petSeriesUID));
  vp.render();
}
