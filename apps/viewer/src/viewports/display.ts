import { Enums, StackViewport, cache, metaData, setVolumesForViewports, type Types } from '@cornerstonejs/core';
import { appStore } from '../app/store';
import type { SeriesEntry } from '../app/types';
import { getEngine } from './engine';
import { ENGINE_ID, MIP_GROUP, STACK_GROUP, VOLUME_GROUP, type ViewportSpec } from './ids';
import { defaultPreset, voiRangeOf } from './presets';
import { attachTools } from './tools';
import { ensureVolume, volumeIdOf } from './volumes';
import { prepareSeries } from './prepareSeries';
import { exactLayerOpacity } from './layerOpacity';
import { adcMappingOf, unitOf } from './sample';
import { petScaleOf } from '../features/fusion/petScale';
import { petDataWindow } from '../features/fusion/petDataWindow';
import { prefetchPart10, prefetchedInstance } from './prefetch';
import { derivedVolumeOfImage } from './derivedImages';
import { adcDefaultRange, hasWindow } from '../features/adc/adcDefaultWindow';
import { fitViewportToVolume } from './fitViewport';
import { registerPetColormaps } from './petColormapRegistry';
import { PET_COLORMAPS, type PetColormapId } from '../features/fusion/petColormaps';
import { fusionOpacityMapping } from '../features/fusion/fusionOpacity';
import { setupMip } from './mip/rotatingMip';
import { bindMipClick } from './mip/mipClick';
import { linkPanes } from './navigation/linkPanes';
import { viewportImageLayers } from './viewportLayers';

/** A stored scanner ADC map without window tags: 0–3 ×10⁻³ mm²/s in its displayed unit (Caliper's own maps carry that window). */
function storedAdcRange(imageId: string | undefined): { lower: number; upper: number } | undefined {
  if (!imageId || derivedVolumeOfImage(imageId)) return undefined;
  return adcDefaultRange(adcMappingOf(imageId), hasWindow(metaData.get('voiLutModule', imageId) as Parameters<typeof hasWindow>[0]));
}

/**
 * PET layer colour map of a fused view: a registered PET map (hot iron by default) with its
 * transparent floor (fusionOpacityMapping: no tint over background and low uptake) rising to `opacity`.
 */
export function petColormap(opacity: number, range: readonly [number, number] = appStore.getState().petRange, id: PetColormapId = appStore.getState().petColormap) {
  registerPetColormaps();
  return { name: PET_COLORMAPS[id].name, opacity: fusionOpacityMapping(range, opacity) };
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
      ...(s.kind === 'stack' ? {} : { orientation: ORIENTATION[s.kind === 'fusion' && s.orientation ? s.orientation : s.kind] }),
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
  // Shown again (a second call while loading, a hanging applied after a layout button): the reader's
  // slice, pan and zoom stay; only the window is set.
  const kept = ids.every((id) => showsVolumes(getEngine().getViewport(id), [volume.volumeId]));
  if (!kept) await setVolumesForViewports(getEngine(), [{ volumeId: volume.volumeId }], ids);
  const preset = defaultPreset(series.modality);
  const adc = series.modality === 'MR' ? storedAdcRange(series.imageIds[0]) : undefined;
  for (const id of ids) {
    const vp = getEngine().getViewport(id) as Types.IVolumeViewport;
    if (preset) vp.setProperties({ voiRange: voiRangeOf(preset), invert: !!preset.invert });
    if (adc) vp.setProperties({ voiRange: adc });
    if (!kept) fitViewportToVolume(vp);
  }
  getEngine().renderViewports(ids);
}

/**
 * A PET/CT display over any set of panes: slice panes (axial/sagittal/coronal) show the CT, or the
 * PET in inverted grey when their spec says `layer: 'pet'`; 'fusion' panes show PET over CT (hot
 * iron, transparent floor) in their orientation; a 'mip' pane shows the whole-body PET MIP (rotatable,
 * a click jumps the others to its hottest voxel). The slice panes follow each other (linkPanes).
 */
export async function displayFusion(specs: readonly ViewportSpec[], ct: SeriesEntry, pet: SeriesEntry): Promise<void> {
  const [ctVol, petVol] = await Promise.all([ensureVolume(ct), ensureVolume(pet)]);
  const engine = getEngine();
  const petWindow = nonSuvPetWindow(petVol.imageIds);
  if (petWindow) appStore.getState().setViewer({ petRange: petWindow });
  const { fusionOpacity, petRange } = appStore.getState();
  const soft = voiRangeOf(defaultPreset('CT')!);
  const pets = { lower: petRange[0], upper: petRange[1] };
  const ids = specs.map((s) => s.id);
  for (const s of specs) {
    if (s.kind === 'stack') continue;
    const layers = s.kind === 'fusion' ? [ctVol, petVol] : s.kind === 'mip' || s.layer === 'pet' ? [petVol] : [ctVol];
    // A pane that already shows these volumes (displayFusion again for the same PET/CT, e.g. a hanging
    // applied after the Fusion button, while loading) keeps its camera: the reader's slice is not reset.
    const kept = showsVolumes(engine.getViewport(s.id), layers.map((v) => v.volumeId));
    if (!kept) await setVolumesForViewports(engine, layers.map((v) => ({ volumeId: v.volumeId })), [s.id]);
    const vp = engine.getViewport(s.id) as Types.IVolumeViewport;
    if (s.kind === 'fusion') {
      vp.setProperties({ voiRange: soft }, ctVol.volumeId);
      exactLayerOpacity(vp, petVol.volumeId);
      vp.setProperties({ colormap: petColormap(fusionOpacity, petRange), voiRange: pets }, petVol.volumeId);
    } else if (s.kind === 'mip') {
      if (!kept) setupMip(vp, petVol);
      vp.setProperties({ voiRange: { lower: petRange[0], upper: petRange[1] * 2 }, invert: true });
      bindMipClick(s.id);
    } else if (layers[0] === petVol) {
      vp.setProperties({ voiRange: pets, invert: true });
    } else {
      vp.setProperties({ voiRange: soft });
    }
    if (!kept) fitViewportToVolume(vp);
  }
  linkPanes(specs.filter((s) => s.kind !== 'mip' && s.kind !== 'stack').map((s) => s.id));
  engine.renderViewports(ids);
}

/**
 * Once a non-SUV PET without a stored window is loaded: a window from its values (petDataWindow: 0 to
 * the 99th percentile, rounded), since the SUV default 0–5 would show Bq/mL as all white. Undefined
 * for SUV PET, a PET with its own window, or a volume not in the cache.
 */
export function nonSuvPetWindowFromData(pet: SeriesEntry): [number, number] | undefined {
  const v = cache.getVolume(volumeIdOf(pet.seriesInstanceUID)) as Types.IImageVolume | undefined;
  if (!v || petScaleOf(unitOf(v.imageIds[0])).isSuv || nonSuvPetWindow(v.imageIds)) return undefined;
  const data = v.voxelManager?.getCompleteScalarDataArray?.() as ArrayLike<number> | undefined;
  return data ? petDataWindow(data) : undefined;
}

/** Whether a viewport's image layers are exactly these volumes, in this order. */
function showsVolumes(vp: Types.IViewport | undefined, volumeIds: readonly string[]): boolean {
  const layers = viewportImageLayers(vp).map((a) => a.referencedId);
  return layers.length === volumeIds.length && volumeIds.every((id, i) => layers[i] === id);
}

/**
 * The PET window to start from when the PET is not in SUVbw (no weight/dose: Bq/mL): an SUV window
 * (0–5) would be meaningless, so the series' own DICOM window (0028,1050/1051) of its middle image,
 * floored at 0. Undefined for SUVbw PET or without a stored window.
 */
export function nonSuvPetWindow(imageIds: readonly string[]): [number, number] | undefined {
  if (petScaleOf(unitOf(imageIds[0])).isSuv) return undefined;
  const voi = metaData.get('voiLutModule', imageIds[Math.floor(imageIds.length / 2)]) as { windowCenter?: number | number[]; windowWidth?: number | number[] } | undefined;
  const c = Array.isArray(voi?.windowCenter) ? voi.windowCenter[0] : voi?.windowCenter;
  const w = Array.isArray(voi?.windowWidth) ? voi.windowWidth[0] : voi?.windowWidth;
  return c !== undefined && w !== undefined && Number.isFinite(c) && w > 0 ? [Math.max(0, c - w / 2), c + w / 2] : undefined;
}

/**
 * Updates the PET layer of every fused pane (colour map, opacity, SUV window), the PET-alone panes
 * (inverted grey, same window) and the MIP (upper end twice the window's: the MIP shows the hottest
 * voxel of each ray).
 */
export function updateFusion(petSeriesUID: string, opacity: number, range: readonly [number, number]): void {
  const engine = getEngine();
  const vid = volumeIdOf(petSeriesUID);
  for (const vp of engine.getViewports()) {
    if (vp instanceof StackViewport) continue;
    const v = vp as Types.IVolumeViewport;
    // Image layers only: a labelmap actor (brush lesion) on a PET-alone pane must not make it "fused".
    const layers = viewportImageLayers(v);
    if (!layers.some((a) => a.referencedId === vid)) continue;
    if (layers.length > 1) {
      exactLayerOpacity(v, vid);
      v.setProperties({ colormap: petColormap(opacity, range), voiRange: { lower: range[0], upper: range[1] } }, vid);
    } else if (v.getBlendMode() === Enums.BlendModes.MAXIMUM_INTENSITY_BLEND) {
      v.setProperties({ voiRange: { lower: range[0], upper: range[1] * 2 } });
    } else {
      v.setProperties({ voiRange: { lower: range[0], upper: range[1] } });
    }
    v.render();
  }
}
