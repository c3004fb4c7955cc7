import { useSyncExternalStore } from 'react';
import type { Geometry } from '@caliper/core';
import type { CroppedMask } from '@caliper/engine';
import { appStore } from '../../../app/store';
import type { Lesion } from '../model/lesion';
import { engineVolumeInfo, ensureEngineVolume } from '../service/engineVolumes';
import { measureWorker } from '../service/measureWorker';
import { paintedInLabelmap } from '../brush/labelmaps';

/** A lesion's voxels on the grid they were found on (derived data, recomputed from the lesion's shape). */
export interface Region {
  /** lesion id + shape version it was computed for. */
  readonly key: string;
  readonly seriesUID: string;
  readonly geometry: Geometry;
  readonly mask: CroppedMask;
}

/**
 * Lesions drawn as a region on every slice they cross: accepted click-to-grow (and other engine
 * segmentations) and PET threshold ROIs. Brush/scissors lesions are shown by their Cornerstone
 * labelmap while one holds them; restored from a saved reading (no labelmap yet), as a region.
 */
export const hasRegion = (l: Lesion): boolean =>
  l.shape.kind === 'petThreshold' || (l.shape.kind === 'mask' && ((l.tool !== 'brush' && l.tool !== 'scissors') || !paintedInLabelmap(l.id)));

const keyOf = (l: Lesion): string => `${l.id}@${l.version}`;
const regions = new Map<string, Region>();
const loading = new Set<string>();
const listeners = new Set<() => void>();
let epoch = 0;
const changed = () => {
  epoch++;
  for (const f of listeners) f();
};

/** The region of a lesion's current shape, when computed. */
export function regionOf(l: Lesion): Region | undefined {
  const r = regions.get(l.id);
  return r?.key === keyOf(l) ? r : undefined;
}

/** The series a lesion's region lies on: a mask's own grid; a PET threshold ROI's PET series. */
function regionSeries(l: Lesion): string | undefined {
  const series = appStore.getState().series;
  if (l.shape.kind === 'mask') {
    const id = l.shape.volumeId;
    return l.seriesUIDs.find((u) => engineVolumeInfo(u)?.id === id) ?? l.seriesUIDs.find((u) => u === id || id.endsWith(`:${u}`)) ?? (series[id] ? id : undefined);
  }
  return l.seriesUIDs.find((u) => series[u]?.modality === 'PT');
}

async function load(l: Lesion, key: string): Promise<void> {
  const uid = regionSeries(l);
  if (!uid) return;
  const ev = engineVolumeInfo(uid) ?? (await ensureEngineVolume(uid));
  let mask: CroppedMask;
  if (l.shape.kind === 'mask') mask = l.shape.mask;
  else {
    const r = await measureWorker().regionMask(ev.id, l.shape, { requestId: l.version });
    if (r.cancelled || !r.ok) return;
    mask = r.value;
  }
  regions.set(l.id, { key, seriesUID: uid, geometry: ev.geometry, mask });
  changed();
}

/** Computes the missing regions of these lesions (each once per shape version); `useRegionEpoch` tells when they arrive. */
export function requestRegions(lesions: readonly Lesion[]): void {
  for (const l of lesions) {
    if (!hasRegion(l) || regionOf(l)) continue;
    const key = keyOf(l);
    if (loading.has(key)) continue;
    loading.add(key);
    void load(l, key).catch(() => undefined).finally(() => loading.delete(key));
  }
}

const subscribe = (f: () => void) => {
  listeners.add(f);
  return () => listeners.delete(f);
};
/** Bumped whenever a region arrives (re-render the overlays). */
export const useRegionEpoch = (): number => useSyncExternalStore(subscribe, () => epoch);
