import * as Comlink from 'comlink';
import type { Types } from '@cornerstonejs/core';
import type { Geometry, IntensityUnit, Volume, VoxelArray } from '@caliper/core';
import { patientPoint } from '@caliper/core';
import type { SuvOverrides } from '@caliper/dicom';
import { appStore } from '../../../app/store';
import { ensureVolume, whenVolumeLoaded } from '../../../viewports/volumes';
import { adcMappingOf, unitOf } from '../../../viewports/sample';
import { measureWorker } from './measureWorker';
import { petTagsOf, sulPerSuvbwOf, suvScalingOf } from './suvScaling';
import { registeredSulPerSuvbw } from '../../../viewports/suvRegistry';
import { buildAdcVolume } from './adcVolume';
import { derivedVolumeOfSeries } from '../../../viewports/derivedImages';
import { withSeriesPinned } from '../../loading/cache/volumeCache';

export interface EngineVolume {
  /** Id in the worker (the series UID; `adc:<UID>` for a diffusion series' ADC map). */
  readonly id: string;
  readonly seriesUID: string;
  readonly modality: string;
  readonly unit: string;
  readonly geometry: Geometry;
  /** Cornerstone imageIds in slice (k) order. */
  readonly imageIds: readonly string[];
}

const pending = new Map<string, Promise<EngineVolume>>();
const info = new Map<string, EngineVolume>();

/** Geometry of a Cornerstone image volume in Caliper's convention (direction = row, column, normal). */
export function geometryOf(v: Types.IImageVolume): Geometry {
  const d = v.direction;
  return {
    dimensions: [v.dimensions[0], v.dimensions[1], v.dimensions[2]],
    origin: patientPoint(v.origin[0], v.origin[1], v.origin[2]),
    rowDirection: [d[0], d[1], d[2]],
    columnDirection: [d[3], d[4], d[5]],
    sliceDirection: [d[6], d[7], d[8]],
    spacing: [v.spacing[0], v.spacing[1], v.spacing[2]],
  };
}

/** Engine volume of a series, if already in the worker. */
export const engineVolumeInfo = (seriesUID: string): EngineVolume | undefined => info.get(seriesUID);

/**
 * Puts a series' voxels into the engine worker once (loading its Cornerstone volume if needed):
 * one fresh copy of the scalar data, transferred (not copied) to the worker. PET gets its SUV
 * factors (or the reason it has none) from the headers.
 */
export function ensureEngineVolume(seriesUID: string): Promise<EngineVolume> {
  let p = pending.get(seriesUID);
  if (p) return p;
  p = (async () => {
    const series = appStore.getState().series[seriesUID];
    if (!series) throw new Error(`unknown series ${seriesUID}`);
    const derived = derivedVolumeOfSeries(seriesUID);
    if (derived?.unit && derived.geometry) {
      // A map Caliper computed with its unit (DCE Ktrans, ve…): its values as they are, no Cornerstone volume.
      const data = Float32Array.from(await derived.pixels());
      const volume: Volume = { geometry: derived.geometry, data, unit: derived.unit, modality: series.modality, seriesInstanceUID: seriesUID };
      const r = await measureWorker().putVolume(seriesUID, Comlink.transfer(volume, [data.buffer as ArrayBuffer]));
      const ev: EngineVolume = { id: seriesUID, seriesUID, modality: series.modality, unit: r.unit, geometry: derived.geometry, imageIds: [...series.imageIds] };
      info.set(seriesUID, ev);
      return ev;
    }
    if (series.modality === 'MR') {
      // A multi-b diffusion series is measured on its ADC map (fitted in the worker on first use).
      const adc = await buildAdcVolume(series);
      if (adc) {
        const ev: EngineVolume = { id: adc.id, seriesUID, modality: 'MR', unit: '10^-3 mm2/s', geometry: adc.geometry, imageIds: adc.imageIds };
        info.set(seriesUID, ev);
        return ev;
      }
    }
    if (series.notVolumeReason) throw new Error(`series ${seriesUID} is not a volume: ${series.notVolumeReason}`);
    // Kept in the volume cache while its voxels are copied (features/loading/cache).
    const [cs, raw] = await withSeriesPinned(seriesUID, async () => {
      const v = await ensureVolume(series);
      await whenVolumeLoaded(seriesUID);
      return [v, v.voxelManager!.getCompleteScalarDataArray!() as VoxelArray] as const;
    });
    const geometry = geometryOf(cs);
    const storedUnit = unitOf(cs.imageIds[0]);
    const modality = series.modality;
    // MR ADC map: displayed values (e.g. µm²/s) → 10^-3 mm2/s, as @caliper/dicom's readAdcMapping says.
    const adc = storedUnit === '10^-3 mm2/s' ? adcMappingOf(cs.imageIds[0]) : undefined;
    const data = adc ? Float32Array.from(raw, (v) => v * adc.scale + adc.offset) : raw;
    const unit = (modality === 'CT' ? 'HU' : storedUnit === 'Bq/mL' || storedUnit === 'SUVbw' || adc ? storedUnit : 'raw') as IntensityUnit;
    const volume: Volume = { geometry, data, unit, modality, seriesInstanceUID: seriesUID };
    const scaling = modality === 'PT' && unit !== 'SUVbw' ? suvScalingOf(petTagsOf(cs.imageIds)) : {};
    const r = await measureWorker().putVolume(seriesUID, Comlink.transfer(volume, [data.buffer as ArrayBuffer]), scaling);
    if (modality === 'PT') {
      // The loader's data sets, else the headers read when the series' SUV scaling was registered.
      const sulPerSuvbw = sulPerSuvbwOf(petTagsOf(cs.imageIds), appStore.getState().suvOverrides[seriesUID]) ?? registeredSulPerSuvbw(seriesUID);
      appStore.getState().setSuv(seriesUID, { unit: r.unit, error: scaling.suvError, method: 'method' in scaling ? scaling.method : undefined, ...(sulPerSuvbw ? { sulPerSuvbw } : {}) });
    }
    const ev: EngineVolume = { id: seriesUID, seriesUID, modality, unit: r.unit, geometry, imageIds: [...cs.imageIds] };
    info.set(seriesUID, ev);
    return ev;
  })();
  pending.set(seriesUID, p);
  p.catch(() => pending.delete(seriesUID));
  return p;
}

/** Recompute SUV factors of a PET series with user-entered values; resolves to the new unit. */
export async function applySuvOverrides(seriesUID: string, overrides: SuvOverrides): Promise<string> {
  // Kept in the store (the reading saves them as SUV corrections) before the volume is ready.
  appStore.getState().setSuvOverrides(seriesUID, overrides);
  const ev = await ensureEngineVolume(seriesUID);
  const scaling = suvScalingOf(petTagsOf(ev.imageIds), overrides);
  const r = await measureWorker().setScaling(seriesUID, scaling);
  const unit = r?.unit ?? ev.unit;
  info.set(seriesUID, { ...ev, unit });
  const sulPerSuvbw = sulPerSuvbwOf(petTagsOf(ev.imageIds), overrides);
  appStore.getState().setSuv(seriesUID, { unit, error: scaling.suvError, method: 'method' in scaling ? scaling.method : undefined, ...(sulPerSuvbw ? { sulPerSuvbw } : {}) });
  return unit;
}

/** The engine worker was replaced: every volume must be put into the new one again (on next use). */
export function forgetEngineVolumes(): void {
  pending.clear();
  info.clear();
}

/** Register a volume computed in the app (e.g. an ADC map) so tools can find it. */
export function registerEngineVolume(ev: EngineVolume): void {
  info.set(ev.seriesUID, ev);
  pending.set(ev.seriesUID, Promise.resolve(ev));
}
