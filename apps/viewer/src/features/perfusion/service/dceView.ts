import * as Comlink from 'comlink';
import { cache, getRenderingEngine, StackViewport } from '@cornerstonejs/core';
import type { Types } from '@cornerstonejs/core';
import { appStore } from '../../../app/store';
import type { SeriesEntry } from '../../../app/types';
import { derivedImageId, registerDerivedVolume } from '../../../viewports/derivedImages';
import { ENGINE_ID } from '../../../viewports/ids';
import { volumeIdOf } from '../../../viewports/volumes';
import { registerEngineVolume } from '../../measure/service/engineVolumes';
import { measureWorker } from '../../measure/service/measureWorker';
import { computeDceFrame } from '../model/computeDceFrame';
import type { DceMode, DceView } from '../model/dceSlice';
import { loadDynamicVolume } from '../model/dynamicVolume';
import type { DynamicVolume } from '../model/dynamicVolume';
import { KIND_NAME } from '../model/perfusionKind';
import { dceViewUid, dynamicId, viewVolumeId } from './dceIds';
import { applyDceT10 } from './dceT10';

interface Open {
  readonly d: DynamicVolume;
  readonly frame: Float32Array;
  readonly imageIds: readonly string[];
  suggested: Uint32Array | null;
}
let open: Open | null = null;
let timer: ReturnType<typeof setInterval> | null = null;

/** The opened dynamic series (for the ROI curves: the suggested vessel voxels). */
export const openDynamic = (): Open | null => open;

const maxOf = (a: ArrayLike<number>) => {
  let m = -Infinity;
  for (let v = 0; v < a.length; v++) if (a[v] > m) m = a[v];
  return m;
};

const meanOf = (a: ArrayLike<number>) => {
  let s = 0;
  for (let v = 0; v < a.length; v++) s += a[v];
  return s / a.length;
};

/**
 * Opens a dynamic series as DCE: loads its phases (progress), puts them into the engine worker with
 * the T10 of the settings, lists "DCE view (Caliper)" (a derived series showing one phase, the
 * subtraction or the MIP over time, measured on the phase of highest mean signal as `caliper dce`
 * reads ROIs), shows it in the active viewport at the peak phase and looks for a vessel. Errors name
 * the series and go to the errors panel.
 */
export async function openDce(sourceUID: string): Promise<DceView> {
  const st = appStore.getState();
  const entry = st.series[sourceUID];
  if (!entry) throw new Error(`unknown series ${sourceUID}`);
  stopCine();
  st.setDceBusy(`Loading ${entry.seriesDescription || 'dynamic series'}…`);
  let kindName = 'DCE';
  const key = `dce:${sourceUID}`;
  try {
    const d = await loadDynamicVolume(sourceUID, (done, total) => appStore.getState().setProgress(key, { label: `Loading dynamic phases (${d0(entry)})`, done, total }));
    kindName = KIND_NAME[d.kind];
    if (d.kind === 'dsc' && !(d.teMs! > 0)) throw new Error(`${d.label}: EchoTime (0018,0081) missing`);
    const id = dynamicId(sourceUID);
    // The loader's arrays are shared (maps use them too): the worker gets copies, transferred.
    const copies = d.series.phases.map((p) => p.slice());
    await measureWorker().putDynamic(id, Comlink.transfer({ phases: copies, timesS: [...d.timesS], flipAngleDeg: d.series.flipAngleDeg, trMs: d.series.trMs, geometry: d.geometry, seriesInstanceUID: sourceUID }, copies.map((c) => c.buffer as ArrayBuffer)));
    const means = d.series.phases.map(meanOf);
    // Shown first: the phase of highest mean signal (DCE, CT), the darkest one for DSC (bolus passage).
    const peak = means.indexOf(d.kind === 'dsc' ? Math.min(...means) : Math.max(...means));
    const reference = d.series.phases[peak].slice();
    const viewUID = dceViewUid(sourceUID);
    const viewName = `${kindName} view (Caliper)`;
    await measureWorker().putVolume(viewVolumeId(sourceUID), Comlink.transfer({ geometry: d.geometry, data: reference, unit: entry.modality === 'CT' ? 'HU' : 'raw', modality: entry.modality === 'CT' ? 'CT' : 'MR', seriesInstanceUID: viewUID }, [reference.buffer as ArrayBuffer]));
    const [columns, rows] = d.geometry.dimensions;
    const frame = computeDceFrame(d.series.phases, 'phase', peak, 1, new Float32Array(d.series.phases[0].length));
    const imageIds = registerDerivedVolume({
      key: `dce:${sourceUID}`, seriesInstanceUID: viewUID, parentSeriesUID: sourceUID, modality: entry.modality, seriesDescription: viewName,
      ...(entry.seriesNumber !== undefined ? { seriesNumber: entry.seriesNumber } : {}),
      imageType: ['DERIVED', 'SECONDARY', d.kind.toUpperCase()], sourceImageIds: d.phaseImageIds[0], rows, columns,
      // CT: a contrast-brain window (−20 to 120 HU) rather than bone to air.
      voi: entry.modality === 'CT' ? { lower: -20, upper: 120 } : { lower: 0, upper: maxOf(frame) }, pixels: () => Promise.resolve(frame),
    });
    const view: SeriesEntry = { ...entry, seriesInstanceUID: viewUID, seriesDescription: viewName, instanceCount: imageIds.length, imageIds, notVolumeReason: undefined };
    appStore.getState().addDerivedSeries(view);
    registerEngineVolume({ id: viewVolumeId(sourceUID), seriesUID: viewUID, modality: entry.modality === 'CT' ? 'CT' : 'MR', unit: entry.modality === 'CT' ? 'HU' : 'raw', geometry: d.geometry, imageIds });
    open = { d, frame, imageIds, suggested: null };
    const dce: DceView = {
      sourceUID, kind: d.kind, kindWhy: d.kindWhy, ...(d.teMs !== undefined ? { teMs: d.teMs } : {}), viewUID, label: d.label, timeSource: d.timeSource, groupedBy: d.groupedBy, timesS: d.timesS, flipAngleDeg: d.series.flipAngleDeg, trMs: d.series.trMs,
      phase: peak, mode: 'phase', playing: false, baselineCount: 1, t10Note: '', suggestion: null,
    };
    appStore.getState().setDce(dce);
    if (d.kind === 'dce') await applyDceT10();
    else {
      // DSC and CT deconvolve against a measured arterial curve: no population AIF.
      const o = appStore.getState().dceSettings;
      appStore.getState().setDceSettings({ ...(o.aif === 'vessel' || o.aif === 'suggested' ? {} : { aif: 'suggested' }), referenceLesionId: null, venousLesionId: null });
      appStore.getState().patchDce({ t10Note: '' });
    }
    await window.caliper.open(viewUID);
    // DSC and CT sample every 1–2 s: the artery peaks seconds before the veins (whose peak can be higher
    // than a partial-volumed artery's), so only the candidates within 3 s of the earliest peak are kept.
    const s = await measureWorker().suggestVessel(id, d.kind === 'dsc' ? { direction: 'drop', earlyWindowS: 3 } : d.kind === 'ctp' ? { absolute: true, earlyWindowS: 3 } : {});
    if (s && open?.d === d) {
      open.suggested = s.voxels;
      appStore.getState().patchDce({ suggestion: { centreMm: s.centreMm, peakTimeS: s.peakTimeS, enhancement: s.enhancement, count: s.voxels.length } });
    }
    return appStore.getState().dce!;
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    appStore.getState().addErrors([{ source: `series ${sourceUID} (${entry.modality} ${entry.seriesDescription})`, reason: `not opened as ${kindName}: ${reason}` }]);
    throw e;
  } finally {
    appStore.getState().setProgress(key, null);
    appStore.getState().setDceBusy(null);
  }
}

const d0 = (e: SeriesEntry) => e.seriesDescription || e.seriesInstanceUID;

/** Recomputes the shown frame and redraws every viewport showing the DCE view (same camera; W/L kept unless `voi`). */
async function redraw(voi?: { lower: number; upper: number }): Promise<void> {
  const s = appStore.getState().dce;
  if (!s || !open) return;
  computeDceFrame(open.d.series.phases, s.mode, s.phase, s.baselineCount, open.frame, s.kind === 'dsc');
  let engine: Types.IRenderingEngine | undefined;
  try {
    engine = getRenderingEngine(ENGINE_ID);
  } catch {
    return;
  }
  if (!engine) return;
  const mine = new Set(open.imageIds);
  const vol = cache.getVolume(volumeIdOf(s.viewUID)) as (Types.IImageVolume & { invalidate?: () => void }) | undefined;
  vol?.invalidate?.();
  for (const vp of engine.getViewports()) {
    const current = (vp as unknown as { getCurrentImageId?: () => string | undefined }).getCurrentImageId?.();
    const shows = current ? mine.has(current) : false;
    if (vp instanceof StackViewport && shows) {
      // Derived images read the frame when loaded: drop them from the cache and load the shown one again.
      for (const id of open.imageIds) if (cache.getImageLoadObject(id)) cache.removeImageLoadObject(id, { force: true });
      await (vp as unknown as { _setImageIdIndex(i: number): Promise<string> })._setImageIdIndex(vp.getCurrentImageIdIndex());
    }
    if (shows || (vol && 'getAllVolumeIds' in vp && (vp as Types.IVolumeViewport).getAllVolumeIds().includes(vol.volumeId))) {
      if (voi) (vp as unknown as { setProperties(p: { voiRange: typeof voi }): void }).setProperties({ voiRange: voi });
      vp.render();
    }
  }
}

/** Shows phase `p` (0-based; clamped). */
export function setDcePhase(p: number): Promise<void> {
  const s = appStore.getState().dce;
  if (!s) return Promise.resolve();
  appStore.getState().patchDce({ phase: Math.max(0, Math.min(s.timesS.length - 1, Math.round(p))) });
  return redraw();
}

/** Phase / subtraction (phase − mean baseline) / MIP over time; the window is reset to the new range. */
export function setDceMode(mode: DceMode): Promise<void> {
  const s = appStore.getState().dce;
  if (!s || !open) return Promise.resolve();
  appStore.getState().patchDce({ mode });
  // DSC: the signal drops with the bolus, so subtraction is baseline − phase and the projection the minimum over time.
  const dsc = s.kind === 'dsc';
  computeDceFrame(open.d.series.phases, mode === 'subtraction' && !dsc ? 'mip' : mode, s.phase, s.baselineCount, open.frame, dsc);
  let hi = 0;
  for (let v = 0; v < open.frame.length; v++) hi = Math.max(hi, open.frame[v]);
  // Subtraction: enhancement up to the MIP's minus a typical baseline.
  const upper = mode === 'subtraction' ? hi * 0.6 : hi;
  return redraw({ lower: 0, upper: Math.max(1, upper) });
}

/** Sets the baseline of the subtraction (phases before the bolus arrival). */
export function setDceBaseline(count: number): Promise<void> {
  const s = appStore.getState().dce;
  if (!s || s.baselineCount === count) return Promise.resolve();
  appStore.getState().patchDce({ baselineCount: Math.max(1, count) });
  return s.mode === 'subtraction' ? redraw() : Promise.resolve();
}

/** Cine through the phases (loops), `fps` phases per second. */
export function playDce(fps = 4): void {
  stopCine();
  const s = appStore.getState().dce;
  if (!s) return;
  appStore.getState().patchDce({ playing: true });
  timer = setInterval(() => {
    const c = appStore.getState().dce;
    if (!c) return stopCine();
    void setDcePhase((c.phase + 1) % c.timesS.length);
  }, 1000 / fps);
}

export function stopCine(): void {
  if (timer) clearInterval(timer);
  timer = null;
  if (appStore.getState().dce?.playing) appStore.getState().patchDce({ playing: false });
}

/** Image id of slice k of the DCE view (tests). */
export const dceViewImageId = (sourceUID: string, k: number): string => derivedImageId(`dce:${sourceUID}`, k);
